"""finbot as people use it, in a real browser: the customer chat, private uploads, the admin console, and
the portal chat inside another site's iframe. Screenshots of each step land in test-artifacts/."""

from __future__ import annotations

import re
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.browser.conftest import ADMIN_TOKEN

TIMEOUT_MS = 30_000
LETTER = "# Letter\n\nYour arranged overdraft limit is £750 from 1 March.\n"


def ask(page, question: str) -> None:
    page.get_by_placeholder(re.compile("Ask a question")).fill(question)
    page.get_by_role("button", name="Send").click()


def answered(page) -> None:
    """Wait until the reply has replaced the typing indicator."""
    page.get_by_text("Typing…").first.wait_for(state="visible", timeout=TIMEOUT_MS)
    page.get_by_text("Typing…").first.wait_for(state="hidden", timeout=TIMEOUT_MS)
    page.wait_for_timeout(500)  # the final answer object follows the last streamed piece


def test_a_customer_asks_and_sees_a_streamed_answer_with_sources(browser, live, shot):
    url, _ = live
    page = browser.new_page()
    page.goto(url + "/")
    ask(page, "How much does a replacement card cost?")
    page.get_by_text("How much does a replacement card cost?").first.wait_for(timeout=TIMEOUT_MS)  # echoed at once
    page.get_by_text("£5.00").first.wait_for(timeout=TIMEOUT_MS)
    sources = page.get_by_text(re.compile(r"Sources \(\d\)")).first
    sources.wait_for(timeout=TIMEOUT_MS)
    sources.click()
    page.get_by_text("card_help.md").first.wait_for(timeout=TIMEOUT_MS)
    shot(page, "answer")
    page.close()


def test_an_upload_stays_private_until_an_admin_publishes_it(browser, live, shot, tmp_path):
    url, _ = live
    letter = tmp_path / "overdraft_letter.md"
    letter.write_text(LETTER, encoding="utf-8")
    first, second = browser.new_context(), browser.new_context()  # two customers
    alice = first.new_page()
    alice.goto(url + "/")
    alice.locator("input[type=file]").first.set_input_files(str(letter))
    alice.get_by_role("button", name="Ingest uploaded files").click()
    alice.get_by_text(re.compile("1 added")).wait_for(timeout=TIMEOUT_MS)
    ask(alice, "What is my arranged overdraft limit?")
    alice.get_by_text("£750").first.wait_for(timeout=TIMEOUT_MS)
    shot(alice, "owner-sees-upload")

    bob = second.new_page()
    bob.goto(url + "/")
    ask(bob, "What is my arranged overdraft limit?")
    answered(bob)
    assert "£750" not in bob.content()
    shot(bob, "other-customer-cannot")

    admin = browser.new_context().new_page()
    admin.goto(url + "/admin/")
    admin.locator("input[type=text]").fill("admin")
    admin.locator("input[type=password]").fill(ADMIN_TOKEN)
    admin.get_by_role("button", name="Login").click()
    admin.get_by_role("button", name="Add to the tenant").wait_for(timeout=TIMEOUT_MS)
    admin.wait_for_function("document.body.innerText.includes('overdraft_letter.md')", timeout=TIMEOUT_MS)
    assert re.search(r"private-\S+/overdraft_letter\.md", admin.inner_text("body"))
    shot(admin, "admin-console")
    for context in (first, second, admin.context):
        context.close()


def test_a_wrong_admin_password_is_refused(browser, live):
    url, _ = live
    page = browser.new_page()
    page.goto(url + "/admin/")
    page.locator("input[type=text]").fill("admin")
    page.locator("input[type=password]").fill("not-the-token")
    page.get_by_role("button", name="Login").click()
    page.wait_for_timeout(1500)
    assert page.get_by_role("button", name="Add to the tenant").count() == 0
    assert page.get_by_role("button", name="Login").count() == 1
    page.close()


@pytest.fixture
def portal(tmp_path, live, host_origin):
    """A support portal's page on another origin that frames finbot's /embed."""
    url, _ = live
    (tmp_path / "index.html").write_text(
        f'<!doctype html><html><body><h1>Bank support portal</h1>'
        f'<iframe src="{url}/embed/" width="700" height="640" title="finbot"></iframe></body></html>',
        encoding="utf-8")
    port = int(host_origin.rsplit(":", 1)[1])
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(SimpleHTTPRequestHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield host_origin
    server.shutdown()
    server.server_close()


def test_the_portal_chat_works_inside_an_iframe_of_another_site(browser, portal, shot):
    page = browser.new_page()
    page.goto(portal + "/index.html")
    frame = page.frame_locator("iframe")
    frame.get_by_placeholder(re.compile("Ask a question")).fill("How much is urgent delivery of a card?")
    frame.get_by_role("button", name="Send").click()
    frame.get_by_text("£15.00").first.wait_for(timeout=TIMEOUT_MS)
    assert frame.locator("input[type=file]").count() == 0  # no upload in the portal chat
    shot(page, "portal-iframe")
    page.close()
