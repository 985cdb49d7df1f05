"""Which documents a conversation may read: its tenant's published documents and its own uploads.

Retrieval only ever searches these ids, on any store backend, so tenant A's chats never see tenant B's
chunks and one customer's upload never changes another customer's answers.
"""

from __future__ import annotations

from index.ingest import DEFAULT_TENANT
from index.stores import DocumentRecord, VectorStore


def visible_records(
    store: VectorStore, tenant: str = DEFAULT_TENANT, session: str | None = None
) -> list[DocumentRecord]:
    """The documents this tenant and session may read: the tenant's published ones and the session's uploads."""
    return [r for r in store.documents if r.tenant == tenant and (r.owner is None or r.owner == session)]


def visible_documents(store: VectorStore, tenant: str = DEFAULT_TENANT, session: str | None = None) -> list[str] | None:
    """The doc_ids of `visible_records`, or None when that is every document (one tenant, nothing private:
    the common case, which then needs no filter)."""
    records = store.documents
    if all(r.tenant == tenant and r.owner is None for r in records):
        return None
    return [r.doc_id for r in visible_records(store, tenant, session)]
