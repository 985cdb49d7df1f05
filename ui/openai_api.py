"""The OpenAI-compatible endpoint: /v1/chat/completions (streaming and not) and /v1/models.

Two modes (FINBOT_RAW_COMPLETIONS):
- answers (default): the last user message is the question, earlier turns its history, system messages
  join the answer prompt; the reply carries `usage`, and `citations` plus the whole answer object
  (`finbot`) as extra fields;
- raw: the messages go straight to the generator, so one finbot (on a GPU, say) can serve as the remote
  generator of other finbot replicas, or of anything that speaks the protocol.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field
from sse_starlette import EventSourceResponse
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from assistant.admission import Ticket
from assistant.answering.pipeline import Answer, Turn
from assistant.app import Finbot
from assistant.generators import ChatMessage
from ui.errors import http_error
from ui.metrics import ServiceMetrics
from ui.streaming import Failure, in_thread

ENDPOINT = "/v1/chat/completions"


class OpenAIMessage(BaseModel):
    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):  # content parts: only text parts carry anything finbot reads
            return "".join(str(p.get("text", "")) for p in self.content if p.get("type") == "text")
        return self.content or ""


class OpenAIChatRequest(BaseModel):
    model: str = "finbot"
    messages: list[OpenAIMessage]
    stream: bool = False
    max_tokens: int | None = Field(None, ge=1, le=2048)
    max_completion_tokens: int | None = Field(None, ge=1, le=2048)
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    stream_options: dict[str, Any] | None = None


def continuation(streamed: str, final: str) -> str:
    """What to send after `streamed` so the client ends up with `final`. Text already sent cannot be
    withdrawn: when the checked answer replaced the streamed one, it follows it after a blank line."""
    if final.startswith(streamed):
        return final[len(streamed):]
    sent, words = streamed.split(), final.split()
    if words[: len(sent)] == sent:  # the same words, spaced differently
        position = 0
        for word in sent:
            position = final.index(word, position) + len(word)
        return final[position:]
    return ("\n\n" if streamed else "") + final


def add_openai_routes(
    api: FastAPI,
    finbot: Finbot,
    admit: Callable[[], Ticket],
    metrics: ServiceMetrics,
    caller_tenant: Callable[..., str],
) -> None:
    settings = finbot.settings
    raw = settings.raw_completions

    def model_name() -> str:
        return finbot.generator.name if raw else "finbot"

    @api.get("/v1/models", tags=["openai"])
    def models() -> dict:
        return {"object": "list", "data": [{"id": model_name(), "object": "model", "owned_by": "finbot"}]}

    @api.post(ENDPOINT, tags=["openai"], responses={503: {"description": "Busy: retry after Retry-After s"}})
    async def chat_completions(request: OpenAIChatRequest, tenant: str = Depends(caller_tenant)) -> Any:  # noqa: B008
        """OpenAI-compatible chat completions, streaming (`"stream": true`) or not."""
        prompt_tokens = finbot.generator.count_tokens("\n".join(m.text() for m in request.messages))
        if raw:
            messages: list[ChatMessage] = [{"role": m.role, "content": m.text()} for m in request.messages]
            if not messages:
                raise HTTPException(422, "messages must contain at least one message.")
            limit = request.max_completion_tokens or request.max_tokens or settings.max_new_tokens
            temperature = settings.temperature if request.temperature is None else request.temperature

            def events() -> Iterator[str | Answer]:
                return finbot.generator.stream(messages, max_new_tokens=limit, temperature=temperature)
        else:
            users = [m.text() for m in request.messages if m.role == "user"]
            if not users:
                raise HTTPException(422, "messages must contain a user message.")
            try:
                question = finbot.assistant.validate(users[-1])
            except Exception as exc:
                raise http_error(exc) from exc
            assistants = [m.text() for m in request.messages if m.role == "assistant"]
            history = [Turn(q, a) for q, a in zip(users[:-1], assistants, strict=False)]  # a last reply may be missing
            instructions = "\n\n".join(m.text() for m in request.messages if m.role in ("system", "developer"))

            def events() -> Iterator[str | Answer]:
                return finbot.assistant.stream(question, history, None, tenant, instructions=instructions)

        ticket = admit()
        reply = _Reply(model_name(), prompt_tokens, finbot.generator.count_tokens)
        if request.stream:
            include_usage = bool((request.stream_options or {}).get("include_usage"))
            chunks = _chunks(reply, in_thread(events, ticket.leave), include_usage, metrics)
            return EventSourceResponse(
                chunks, ping=15, send_timeout=settings.stream_send_timeout_s, background=BackgroundTask(ticket.leave)
            )
        try:
            result = await run_in_threadpool(lambda: [e for e in events() if isinstance(e, Answer) or raw])
        except Exception as exc:
            raise http_error(exc) from exc
        finally:
            ticket.leave()
        if raw:
            return reply.completion("".join(result), None)
        return reply.completion(result[-1].answer, result[-1])


class _Reply:
    """Builds the response objects of one completion."""

    def __init__(self, model: str, prompt_tokens: int, count_tokens: Callable[[str], int]):
        self.id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        self.created = int(time.time())
        self.model = model
        self.prompt_tokens = prompt_tokens
        self.count_tokens = count_tokens

    def usage(self, text: str) -> dict[str, int]:
        completion = self.count_tokens(text)
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": completion,
                "total_tokens": self.prompt_tokens + completion}

    def completion(self, text: str, answer: Answer | None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id, "object": "chat.completion", "created": self.created, "model": self.model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": self.usage(text),
        }
        return body | _extras(answer)

    def chunk(self, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        return json.dumps({
            "id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": self.model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra,
        })


def _extras(answer: Answer | None) -> dict[str, Any]:
    if answer is None:
        return {}
    return {"citations": answer.to_json()["citations"], "finbot": answer.to_json()}


async def _chunks(reply: _Reply, events: Any, include_usage: bool, metrics: ServiceMetrics):
    started, first = time.perf_counter(), None
    streamed, answer = "", None
    yield {"data": reply.chunk({"role": "assistant", "content": ""})}
    async for event in events:
        if first is None:
            first = time.perf_counter()
        if isinstance(event, Failure):
            metrics.error(ENDPOINT, "stream")
            error = http_error(event.error)
            yield {"data": json.dumps({"error": {"message": error.detail, "code": error.status_code}})}
            return
        if isinstance(event, Answer):
            answer = event
            rest = continuation(streamed, event.answer)
            if rest:
                yield {"data": reply.chunk({"content": rest})}
            streamed += rest
        elif event:
            streamed += event
            yield {"data": reply.chunk({"content": event})}
    metrics.streamed(ENDPOINT, started, first, reply.count_tokens(streamed))
    yield {"data": reply.chunk({}, "stop", **_extras(answer))}
    if include_usage:
        yield {"data": json.dumps({"id": reply.id, "object": "chat.completion.chunk", "created": reply.created,
                                   "model": reply.model, "choices": [], "usage": reply.usage(streamed)})}
    yield {"data": "[DONE]"}
