"""/embed in a real browser (Debian's chromium driven by Playwright), framed by a portal page on another
origin: the allowed portal gets a working chat, another site gets nothing (frame-ancestors)."""

from __future__ import annotations

import shutil
from contextlib import ExitStack

import pytest
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

from assistant.app import Finbot
from assistant.settings import Settings
from tests.loopback import serving
from ui.server import build_server

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium")


def portal(target: dict[str, str]) -> Starlette:
    """A help-centre page framing finbot's /embed; finbot's address is filled in once it is serving."""

    async def home(request):
        src = f"{target['finbot']}/embed/"
        return HTMLResponse(f'<!doctype html><h1>Help centre</h1><iframe id="bot" src="{src}" width="420" '
                            'height="600"></iframe>')

    return Starlette(routes=[Route("/", home)])


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium")
def test_an_allowed_portal_frames_a_working_chat_and_another_site_cannot(settings, embedder, generator, store):
    sync_api = pytest.importorskip("playwright.sync_api")
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    target: dict[str, str] = {}
    with ExitStack() as stack:
        allowed = stack.enter_context(serving(portal(target)))
        other = stack.enter_context(serving(portal(target)))
        finbot = Finbot(Settings(**{**settings.model_dump(), "allowed_origins": allowed}), embedder=embedder,
                        generator=generator)
        finbot.__dict__["store"] = store
        target["finbot"] = stack.enter_context(serving(build_server(finbot)))
        playwright = stack.enter_context(sync_api.sync_playwright())
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        stack.callback(browser.close)

        page = browser.new_page()
        page.goto(allowed)
        box = page.frame_locator("#bot").get_by_placeholder("Ask a question", exact=False)
        box.fill("How much is urgent card delivery?")
        box.press("Enter")
        page.frame_locator("#bot").get_by_text("Urgent card delivery costs £15.00").first.wait_for(timeout=30_000)

        blocked = browser.new_page()
        blocked.goto(other, wait_until="load")
        (frame,) = blocked.main_frame.child_frames
        assert not frame.url.startswith(target["finbot"])  # the browser refused it: an error page instead
