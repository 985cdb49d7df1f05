"""The admin console at /admin, behind Gradio's own login (user `admin`, password FINBOT_ADMIN_TOKEN).

Staff add a tenant's documents, delete documents, and publish a customer's private chat upload to
everyone in its tenant. The customer chat never shows these controls.
"""

from __future__ import annotations

import hmac
import logging
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.app import Finbot
from assistant.errors import FinbotError
from index.ingest import DEFAULT_TENANT

log = logging.getLogger("finbot.admin")
ADMIN_USER = "admin"
COLUMNS = ["tenant", "document", "title", "chunks", "visible to"]


def admin_auth(token: str | None):
    """Gradio's login check: the admin token as password, compared in constant time; None without a token."""
    if not token:
        return None

    def check(username: str, password: str) -> bool:
        ok = username == ADMIN_USER and hmac.compare_digest(password.encode(), token.encode())
        if not ok:
            log.warning("failed admin login for user %r", username[:40])
        return ok

    return check


class AdminHandlers:
    def __init__(self, finbot: Finbot):
        self.finbot = finbot

    def table(self) -> list[list[Any]]:
        return [
            [d.tenant, d.doc_id, d.title, len(d.chunk_ids),
             "the whole tenant" if d.owner is None else f"one chat session ({d.owner[:8]}…)"]
            for d in self.finbot.store.documents
        ]

    def private_documents(self) -> list[str]:
        return [d.doc_id for d in self.finbot.store.documents if d.owner is not None]

    def refreshed(self, message: str) -> tuple[str, Any, Any, Any]:
        ids = [d.doc_id for d in self.finbot.store.documents]
        return (message, gr.update(value=self.table()), gr.update(choices=ids, value=None),
                gr.update(choices=self.private_documents(), value=None))

    def add(self, files: list[str] | None, tenant: str,
            progress: gr.Progress = gr.Progress()) -> tuple[str, Any, Any, Any]:  # noqa: B008 (Gradio's idiom)
        if not files:
            return self.refreshed("Choose one or more files first.")
        tenant = (tenant or DEFAULT_TENANT).strip() or DEFAULT_TENANT
        report = self.finbot.ingest([Path(f) for f in files],
                                    lambda done, total, label: progress((done, max(total, 1)), desc=label),
                                    tenant=tenant)
        lines = [f"**{tenant}: {report.summary()}**"] + [f"- {s}: {r}" for s, r in report.failed.items()]
        return self.refreshed("\n".join(lines))

    def delete(self, doc_id: str | None) -> tuple[str, Any, Any, Any]:
        if not doc_id:
            return self.refreshed("Pick a document to delete.")
        removed = self.finbot.store.remove(doc_id)
        if removed:
            self.finbot.store.persist()
        return self.refreshed(f"Deleted {doc_id}." if removed else f"{doc_id} was already gone.")

    def publish(self, doc_id: str | None) -> tuple[str, Any, Any, Any]:
        if not doc_id:
            return self.refreshed("Pick a private upload to publish.")
        try:
            published = self.finbot.publish(doc_id)
        except FinbotError as exc:
            return self.refreshed(str(exc))
        return self.refreshed(f"Published as {published}: every chat of its tenant can now read it.")


def build_admin_app(finbot: Finbot) -> gr.Blocks:
    handlers = AdminHandlers(finbot)
    with gr.Blocks(title="finbot admin") as app:
        gr.Markdown("## finbot admin\nDocuments by tenant. Customers' chat uploads stay private to their "
                    "session until you publish them.")
        status = gr.Markdown()
        table = gr.Dataframe(headers=COLUMNS, value=handlers.table, interactive=False, label="Documents")
        with gr.Row():
            with gr.Column():
                tenant = gr.Textbox(value=DEFAULT_TENANT, label="Tenant")
                files = gr.File(label=f"Add documents (up to {finbot.settings.max_upload_mb} MB each)",
                                file_count="multiple", type="filepath")
                add = gr.Button("Add to the tenant", variant="primary")
            with gr.Column():
                to_delete = gr.Dropdown(choices=[], label="Document to delete")
                delete = gr.Button("Delete", variant="stop")
                to_publish = gr.Dropdown(choices=[], label="Private upload to publish")
                publish = gr.Button("Publish to its tenant")
        outputs = [status, table, to_delete, to_publish]
        add.click(handlers.add, [files, tenant], outputs).then(lambda: None, None, files)
        delete.click(handlers.delete, [to_delete], outputs)
        publish.click(handlers.publish, [to_publish], outputs)
        app.load(lambda: handlers.refreshed(""), None, outputs)
    return app
