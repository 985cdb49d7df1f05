"""HTTP on one port: the REST API, an OpenAI-compatible endpoint, health and metrics, offline API docs,
the compact chat for portals at /embed and the full Gradio chat at /.

Every answer passes the admission gate (`Finbot.gate`): a fixed number generate at once, a bounded
number wait, the rest get 503 with Retry-After at once, so a full server never hangs a client.
"""

from __future__ import annotations

import json
import logging
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, Field
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.admission import Ticket
from assistant.answering.pipeline import Answer, Turn
from assistant.app import Finbot
from assistant.errors import BusyError, FinbotError
from assistant.retrieval.access import visible_records
from index.errors import IngestError
from index.ingest import DEFAULT_TENANT
from index.loaders import safe_upload_name
from ui.access import tenant_of
from ui.errors import http_error, plain, plain_validation_error
from ui.metrics import MetricsMiddleware, ServiceMetrics
from ui.openai_api import add_openai_routes
from ui.streaming import Failure, in_thread

log = logging.getLogger("finbot.api")
API_PATHS = frozenset({"/api/ask", "/api/ingest", "/api/feedback", "/api/documents", "/api/health",
                       "/v1/chat/completions",
                       "/v1/models", "/healthz", "/readyz", "/metrics"})


class AskRequest(BaseModel):
    question: str
    document: str | None = Field(None, description="Restrict retrieval to this document id or file name.")
    history: list[dict[str, str]] = Field(default_factory=list, description='[{"question": ..., "answer": ...}]')
    stream: bool = Field(
        False, description="Answer as text/event-stream: `token` events ({\"text\": ...}) while the answer is "
        "written, then one `answer` event with the checked answer object (it replaces the streamed text).")


class FeedbackRequest(BaseModel):
    rating: str = Field(description='"up" or "down".')
    question: str
    answer: str
    citations: list[dict[str, Any]] = Field(default_factory=list, description="The answer's citations, as returned.")
    comment: str = Field("", description="Optional, at most 2,000 characters.")
    intent: str | None = None
    sentiment: str | None = None
    verification: str | None = None


def build_api(finbot: Finbot) -> FastAPI:
    api = FastAPI(
        title="finbot",
        version="0.1.0",
        description="Grounded, cited answers over financial documents.",
        docs_url=None,  # served below from local assets, so the page renders without internet
        redoc_url=None,
    )
    metrics = ServiceMetrics(finbot.gate)
    api.state.metrics = metrics
    settings = finbot.settings
    _add_offline_docs(api)
    # Always configured, even empty: the mounted Gradio apps then defer to it instead of their own policy.
    api.add_middleware(
        CORSMiddleware,
        allow_origins=settings.origins,
        allow_methods=["GET", "POST"],
        allow_headers=["Authorization", "Content-Type"],
        expose_headers=["Retry-After"],
    )
    api.add_middleware(FrameAncestorsMiddleware, origins=settings.origins)
    api.add_middleware(MetricsMiddleware, metrics=metrics, endpoints=API_PATHS)
    api.add_exception_handler(RequestValidationError, plain_validation_error)
    caller_tenant = tenant_of(settings)

    def admit() -> Ticket:
        try:
            return finbot.gate.enter()
        except BusyError as exc:
            raise http_error(exc) from exc

    def validated(question: str) -> str:
        try:
            return finbot.assistant.validate(question)
        except Exception as exc:
            raise http_error(exc) from exc

    @api.get("/healthz", tags=["operations"])
    def healthz() -> dict:
        """The process is alive and serving HTTP."""
        return {"status": "alive"}

    @api.get("/readyz", tags=["operations"])
    def readyz() -> JSONResponse:
        """Ready for traffic: models loaded and the index readable (503 until then)."""
        checks = {"models": finbot.ready}
        try:
            checks["index"] = len(finbot.store) >= 0
        except Exception as exc:  # an unreadable index: not ready, the reason goes to the log
            log.error("index not readable: %s", exc)
            checks["index"] = False
        ready = all(checks.values())
        return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)

    @api.get("/metrics", tags=["operations"], response_class=Response)
    def prometheus() -> Response:
        """Prometheus metrics: requests, errors, latency, time to first token, tokens/s, queue depth."""
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @api.get("/api/health", tags=["operations"])
    def health() -> dict:
        return {"status": "ok", "documents": len(finbot.store.documents), "chunks": len(finbot.store)}

    @api.get("/api/documents", tags=["documents"])
    def documents(tenant: str = Depends(caller_tenant)) -> list[dict]:  # noqa: B008
        """The documents the caller's tenant may ask about."""
        return [{"document": d.doc_id, "source": d.source, "title": d.title}
                for d in visible_records(finbot.store, tenant)]

    @api.post("/api/ask", tags=["answers"], responses={503: {"description": "Busy: retry after Retry-After s"}})
    async def ask(request: AskRequest, tenant: str = Depends(caller_tenant)) -> Any:  # noqa: B008
        """Answer a question from the documents, with citations; `"stream": true` streams it as SSE."""
        question = validated(request.question)
        history = [Turn(t.get("question", ""), t.get("answer", "")) for t in request.history]
        ticket = admit()
        if request.stream:
            events = ask_events(question, history, request.document, ticket, tenant)
            return EventSourceResponse(
                events, ping=15, send_timeout=settings.stream_send_timeout_s, background=BackgroundTask(ticket.leave)
            )
        try:
            answer = await run_in_threadpool(finbot.assistant.answer, question, history, request.document, tenant)
        except Exception as exc:
            raise http_error(exc) from exc
        finally:
            ticket.leave()
        return answer.to_json()

    async def ask_events(question: str, history: list[Turn], document: str | None, ticket: Ticket, tenant: str):
        started, first, tokens = time.perf_counter(), None, 0
        stream = in_thread(lambda: finbot.assistant.stream(question, history, document, tenant), ticket.leave)
        async for event in stream:
            if first is None:
                first = time.perf_counter()
            if isinstance(event, Failure):
                metrics.error("/api/ask", "stream")
                error = http_error(event.error)
                yield ServerSentEvent(json.dumps({"status": error.status_code, "detail": error.detail}), event="error")
                return
            if isinstance(event, Answer):
                metrics.streamed("/api/ask", started, first, tokens)
                yield ServerSentEvent(json.dumps(event.to_json()), event="answer")
            else:
                tokens += finbot.generator.count_tokens(event)
                yield ServerSentEvent(json.dumps({"text": event}), event="token")

    bearer = HTTPBearer(auto_error=False, description="FINBOT_ADMIN_TOKEN")

    def require_admin(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:  # noqa: B008
        token = settings.admin_token.get_secret_value()
        if not token:
            log.warning("POST /api/ingest refused: no admin token is configured (set FINBOT_ADMIN_TOKEN)")
            raise HTTPException(403, "Adding documents over the API is turned off on this server.")
        if credentials is None or not secrets.compare_digest(credentials.credentials.encode(), token.encode()):
            raise HTTPException(401, "A valid admin token is needed to add documents.",
                                headers={"WWW-Authenticate": "Bearer"})

    @api.post(
        "/api/ingest",
        tags=["documents"],
        dependencies=[Depends(require_admin)],
        openapi_extra={"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["files"],
            "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}}},
    )
    async def ingest(request: Request) -> JSONResponse:
        """Add documents (multipart field `files`, one or more). Needs `Authorization: Bearer <admin token>`."""
        max_bytes = settings.max_upload_mb * 1024 * 1024
        max_files = settings.max_upload_files
        # Checked before the body is read, so an oversized upload is not written to disk first.
        if int(request.headers.get("content-length") or 0) > max_bytes * max_files + 1024 * 1024:
            raise HTTPException(413, f"The upload is too large: at most {max_files} files of "
                                     f"{settings.max_upload_mb} MB each.")
        try:
            form = await request.form(max_files=max_files, max_fields=max_files)
        except Exception as exc:  # malformed multipart, or more parts than allowed
            raise HTTPException(400, f"Send the documents as multipart form data in the field 'files' "
                                     f"(at most {max_files}).") from exc
        uploads = [f for f in form.getlist("files") if hasattr(f, "filename")]
        if not uploads:
            raise HTTPException(422, "Attach one or more documents in the form field 'files'.")
        folder = Path(tempfile.mkdtemp(prefix="finbot-upload-"))
        try:
            paths = []
            for upload in uploads:
                if (upload.size or 0) > max_bytes:
                    raise HTTPException(413, f"{Path(upload.filename or 'file').name} is larger than "
                                             f"{settings.max_upload_mb} MB.")
                paths.append(_save(upload, folder))
            tenant = str(form.get("tenant") or DEFAULT_TENANT).strip() or DEFAULT_TENANT
            report = await run_in_threadpool(finbot.ingest, paths, None, tenant)
        except IngestError as exc:  # an upload name finbot cannot use
            raise HTTPException(422, plain(str(exc))) from exc
        finally:
            await form.close()
            shutil.rmtree(folder, ignore_errors=True)
        failed = {name: plain(reason.replace(f"{folder}/", "")) for name, reason in report.failed.items()}
        body = {"added": report.added, "updated": report.updated, "unchanged": report.unchanged,
                "failed": failed, "chunks": report.chunks, "summary": report.summary()}
        nothing_taken = failed and not (report.added or report.updated or report.unchanged)
        return JSONResponse(body, status_code=422 if nothing_taken else 200)

    @api.post("/api/feedback", tags=["feedback"], status_code=201)
    def feedback(request: FeedbackRequest, tenant: str = Depends(caller_tenant)) -> dict:  # noqa: B008
        """Thumbs up or down on an answer, with an optional comment; stored with personal data redacted."""
        try:
            row = finbot.feedback.record(
                request.rating, request.question, request.answer, request.citations, request.comment,
                request.intent, request.sentiment, request.verification, tenant=tenant,
            )
        except FinbotError as exc:
            raise http_error(exc) from exc
        return {"id": row}

    add_openai_routes(api, finbot, admit, metrics, caller_tenant)
    return api


def _save(upload: Any, folder: Path) -> Path:
    """Write an upload under its own file name (never a path the client chose) in `folder`."""
    target = folder / safe_upload_name(upload.filename)
    counter = 1
    while target.exists():  # two uploads with the same name in one request
        target = folder / f"{target.stem}-{counter}{target.suffix}"
        counter += 1
    with target.open("wb") as out:
        shutil.copyfileobj(upload.file, out)
    return target


def _add_offline_docs(api: FastAPI) -> None:
    """Swagger UI from the assets bundled in the swagger-ui-py wheel, not a CDN."""
    import swagger_ui

    assets = Path(swagger_ui.__file__).parent / "static"
    api.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @api.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=api.openapi_url or "/openapi.json",
            title="finbot API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon-32x32.png",
        )


class FrameAncestorsMiddleware:
    """Who may frame finbot's pages: /embed the configured origins (and finbot itself), everything else only
    finbot itself, so the full chat with its upload button cannot be framed by another site."""

    def __init__(self, app: ASGIApp, origins: list[str]):
        self.app = app
        self.embed_policy = "frame-ancestors " + " ".join(["'self'", *origins])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        policy = self.embed_policy if path == "/embed" or path.startswith("/embed/") else "frame-ancestors 'self'"

        async def with_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", []).append((b"content-security-policy", policy.encode()))
            await send(message)

        await self.app(scope, receive, with_policy)


def build_server(finbot: Finbot) -> FastAPI:
    import gradio as gr

    from ui.admin import admin_auth, build_admin_app
    from ui.chat import build_app
    from ui.embed import build_embed

    api = build_api(finbot)
    api = gr.mount_gradio_app(api, build_embed(finbot), path="/embed")
    auth = admin_auth(finbot.settings.admin_token.get_secret_value())
    if auth is not None:  # no admin token, no console
        api = gr.mount_gradio_app(api, build_admin_app(finbot), path="/admin", auth=auth,
                                  auth_message="Staff only: sign in as admin, with the admin token as password.")
    return gr.mount_gradio_app(api, build_app(finbot), path="/")  # last: "/" would shadow the rest


def serve(finbot: Finbot, host: str | None = None, port: int | None = None, ingest_samples: bool = True) -> int:
    import uvicorn

    from assistant.guardrails.pii import install_log_redaction

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_redaction()  # nothing a customer typed reaches the log with a card number or e-mail in it
    if ingest_samples and not finbot.store.documents:
        print("Index is empty: ingesting the bundled sample corpus…", file=sys.stderr)
        print(finbot.ingest_samples().summary(), file=sys.stderr)
    print("Loading models…", file=sys.stderr)
    started = time.perf_counter()
    finbot.warm_up()
    print(f"Models ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    host = host or finbot.settings.host
    port = port or finbot.settings.port
    print(f"finbot is serving on http://{host}:{port}  (API docs: /docs, portal chat: /embed)", file=sys.stderr)
    uvicorn.run(build_server(finbot), host=host, port=port, log_level="warning")
    return 0

