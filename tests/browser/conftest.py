"""A real finbot server on loopback and Debian's Chromium driven by Playwright.

Chromium comes from the system (`apt-get install chromium`; `.ci/run` installs it), not from
`playwright install`, which cannot download here. Screenshots go to test-artifacts/ (FINBOT_TEST_ARTIFACTS).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant.app import Finbot
from assistant.settings import Settings
from tests.fakes import HashEmbedder, QuotingGenerator
from tests.loopback import serving

CHROMIUM = os.environ.get("FINBOT_CHROMIUM", "/usr/bin/chromium")
ADMIN_TOKEN = "browser-test-token"
ARTIFACTS = Path(os.environ.get("FINBOT_TEST_ARTIFACTS", Path(__file__).resolve().parents[2] / "test-artifacts"))
BANK_FAQ = """# Card help

## Replacement cards

A replacement card costs £5.00. The first replacement in any 12 months is free.

## Urgent delivery

Urgent delivery of a card costs £15.00 and arrives the next working day.
"""


def _chromium_or_skip() -> str:
    if shutil.which(CHROMIUM) or Path(CHROMIUM).exists():
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"Chromium is missing at {CHROMIUM}: .ci/run installs it with apt-get")
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")


# Module scope: Playwright's sync API keeps an event loop running in this thread while it is open, which
# would break tests elsewhere that start their own (asyncio.run).
@pytest.fixture(scope="module")
def browser():
    executable = _chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def host_origin():
    """The origin of the portal page that frames /embed (served by the test itself)."""
    return "http://127.0.0.1:8765"


@pytest.fixture(scope="session")
def live(tmp_path_factory, host_origin):
    home = tmp_path_factory.mktemp("browser-home")
    (home / "card_help.md").write_text(BANK_FAQ, encoding="utf-8")
    settings = Settings(home=home, classify=False, admin_token=ADMIN_TOKEN, allowed_origins=host_origin,
                        min_relevance=0.05)
    finbot = Finbot(settings, embedder=HashEmbedder(256), generator=QuotingGenerator(delay_s=0.05))
    assert not finbot.ingest([home / "card_help.md"]).failed
    from ui.server import build_server

    with serving(build_server(finbot)) as url:
        yield url, finbot


@pytest.fixture
def shot(request):
    """shot(page, name): a screenshot under test-artifacts/, named after the test."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> None:
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-{name}.png"), full_page=True)

    return take
