"""Who is calling the API: the tenant an API key belongs to, and the admin token's check.

With no API keys configured (single-tenant use) every caller is the default tenant and needs no key.
Keys are compared in constant time; a failed attempt is logged without the key.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable

from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from assistant.settings import Settings
from index.ingest import DEFAULT_TENANT

log = logging.getLogger("finbot.api")


def _matches(given: str, expected: str) -> bool:
    return secrets.compare_digest(given.encode(), expected.encode())


def tenant_of(settings: Settings) -> Callable[..., str]:
    """A FastAPI dependency giving the caller's tenant (401 without a valid key once keys are configured)."""
    bearer = HTTPBearer(auto_error=False, description="An API key (FINBOT_API_KEYS); none when no keys are set")

    def caller_tenant(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> str:  # noqa: B008
        if not settings.api_keys:
            return DEFAULT_TENANT
        if credentials is not None:
            # Every key is compared, so the time taken says nothing about which one nearly matched.
            matches = [tenant for key, tenant in settings.api_keys.items() if _matches(credentials.credentials, key)]
            if matches:
                return matches[0]
        log.warning("API call refused: missing or unknown API key")
        raise HTTPException(401, "A valid API key is needed.", headers={"WWW-Authenticate": "Bearer"})

    return caller_tenant
