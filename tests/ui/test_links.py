"""Links that carry tokens, in headless Chromium against a real server.

A URL is copied into browser history, server logs and Referer headers, so the only token
the app ever puts in one is a share link's read-only replay token, and its owner can revoke
that link from the scorecard page: the old link stops working at once.
"""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import expect

from tests.server.harness import Client


@pytest.fixture(scope="module")
def ended(server) -> dict:
    """A session ended at once (a scorecard with every question unanswered): its `session` message."""
    client = Client(server.ws_url)
    try:
        client.answered({"type": "start", "role": "data_scientist", "options": {"seed": 3}})
        client.answered({"type": "end"})
        client.event("scorecard")
        return client.session
    finally:
        client.close()


def held_only_the_owner_token(page, session: dict) -> None:
    """A browser that lists its sessions (the history) but keeps no tokens of this one."""
    page.goto("/")
    page.evaluate("(owner) => { localStorage.clear(); localStorage.setItem('hotseat.owner.v1', JSON.stringify(owner)); }",
                  session["owner_token"])


def test_the_markdown_export_never_puts_a_token_in_a_url(browser, server, page_errors, shots, ended):
    context = browser.new_context(base_url=server.url, accept_downloads=True)
    try:
        page = page_errors.watch(context.new_page())
        urls: list[str] = []
        page.on("request", lambda request: urls.append(request.url))
        held_only_the_owner_token(page, ended)
        page.goto(f"/scorecard/{ended['session_id']}")
        expect(page.locator(".verdict-card .band")).to_be_visible()
        hrefs = page.evaluate("[...document.querySelectorAll('[href]')].map((e) => e.getAttribute('href'))")
        secrets = (ended["owner_token"], ended["token"])
        assert not [href for href in hrefs if any(s in href for s in secrets)], hrefs
        with page.expect_download() as downloading:
            page.get_by_role("button", name="Export Markdown").click()
        download = downloading.value
        assert download.suggested_filename == f"hotseat-{ended['session_id']}.md"
        with open(download.path(), encoding="utf-8") as handle:
            assert handle.read().startswith("# hotseat interview: Data Scientist")
        assert not [url for url in urls if any(s in url for s in secrets)]
        shots.take(page, "scorecard-owner-only")
    finally:
        context.close()


def test_the_owner_revokes_the_share_link_and_the_old_one_stops_working(browser, server, page_errors, shots, ended):
    session_id, old = ended["session_id"], ended["replay_token"]
    viewer = browser.new_context(base_url=server.url)
    owner = browser.new_context(base_url=server.url)
    try:
        friend = page_errors.watch(viewer.new_page())
        friend.goto(f"/scorecard/{session_id}?token={old}")
        expect(friend.locator(".verdict-card .band")).to_be_visible()
        expect(friend.get_by_role("button", name="Revoke share link")).to_have_count(0)   # a link cannot revoke

        page = page_errors.watch(owner.new_page())
        page.goto("/")
        page.evaluate("""(s) => localStorage.setItem('hotseat.sessions.v1', JSON.stringify({[s.session_id]:
            {id: s.session_id, token: s.token, replay_token: s.replay_token, owner_token: s.owner_token}}))""", ended)
        page.goto(f"/scorecard/{session_id}")
        page.get_by_role("button", name="Revoke share link").click()
        expect(page.locator(".toast")).to_contain_text("old share link no longer works")
        fresh = page.evaluate(f"JSON.parse(localStorage.getItem('hotseat.sessions.v1'))['{session_id}'].replay_token")
        assert fresh.startswith("r-") and fresh != old
        expect(page.get_by_role("button", name="Copy share link")).to_be_visible()
        shots.take(page, "share-link-revoked")

        with page_errors.expect(r"status of 404"):
            friend.reload()
            expect(friend.locator(".error-text")).to_contain_text("could not be loaded")
        assert httpx.get(f"{server.url}/api/sessions/{session_id}/replay", params={"token": old}).status_code == 404
        friend.goto(f"/scorecard/{session_id}?token={fresh}")
        expect(friend.locator(".verdict-card .band")).to_be_visible()
    finally:
        viewer.close()
        owner.close()
