"""The API fuzzed from its own OpenAPI schema: whatever a client sends, never a 5xx and never a body that
breaks the schema's promises (schemathesis generates the requests, valid and invalid)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from assistant.app import Finbot
from assistant.settings import Settings
from tests.fakes import HashEmbedder, ScriptedGenerator
from ui.server import build_api


def _app():
    import tempfile
    from pathlib import Path

    home = Path(tempfile.mkdtemp(prefix="finbot-fuzz-"))
    (home / "fees.md").write_text("# Fees\n\nA replacement card costs £5.00.\n", encoding="utf-8")
    finbot = Finbot(Settings(home=home, classify=False, admin_token="fuzz-admin"), embedder=HashEmbedder(),
                    generator=ScriptedGenerator("A replacement card costs £5.00 [1]."))
    finbot.ingest([home / "fees.md"])
    return build_api(finbot)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_makes_the_server_fail(case):
    if case.path in ("/metrics",):
        pytest.skip("Prometheus text format, not JSON")
    response = case.call()
    # 503 is an answer, not a failure, where it says when to come back (busy) or that warm-up is not done.
    told_to_wait = response.status_code == 503 and ("retry-after" in response.headers or case.path == "/readyz")
    assert response.status_code < 500 or told_to_wait, (
        f"{case.method} {case.path}: {response.status_code} {response.text[:300]}"
    )
