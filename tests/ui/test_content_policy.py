"""The Content-Security-Policy the server sends is one the app passes: every page, in Chromium.

A session is played over the websocket to its coding question, then each page is opened
in the browser (the room with its CodeMirror editor, typing and a Run included; the
scorecard, the replay, the history, the rubric pages, a missing page). Every
`securitypolicyviolation` the browser reports is collected by a script the browser runs
before the page's own, and any violation fails the test (so does any console error,
through the `page_errors` fixture). To show the policy is really in force, an inline
script is injected on purpose: it must be refused.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.server.harness import Client
from tests.ui.test_app import ROLE, SEED, hold, reference_code, set_editor

WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.fixture(scope="module")
def session(server) -> dict:
    """A session at its coding question (the room shows the editor)."""
    client = Client(server.ws_url)
    client.answered({"type": "start", "role": ROLE, "options": {"seed": SEED}})
    while not client.state().current.exercise:
        assert client.answered({"type": "skip"})["type"] == "ack"
    client.close()
    return client.session


@pytest.fixture(scope="module")
def watched(context):
    context.add_init_script(WATCH)
    return context


def violations(page) -> list[str]:
    return page.evaluate("window.__violations")


def visit(page, path: str, ready: str) -> None:
    response = page.goto(path)
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"], path
    expect(page.locator(ready).first).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert violations(page) == [], path


def test_the_policy_is_enforced(watched, page, server, page_errors):
    page.goto("/")
    with page_errors.expect("Content Security Policy"):
        ran = page.evaluate("""() => new Promise((done) => {
            window.__ran = false;
            const script = document.createElement('script');
            script.textContent = 'window.__ran = true';
            document.head.append(script);
            setTimeout(() => done(window.__ran), 100);
        })""")
        assert ran is False
        page.wait_for_function("() => window.__violations.length > 0")
    assert "script-src" in violations(page)[0]


def test_every_page_passes_the_policy(watched, page, server, session):
    hold(page, session)
    session_id = session["session_id"]

    visit(page, f"/interview/{session_id}", ".workspace .cm-content")
    expect(page.locator(".conn")).to_have_class(re.compile("conn-open"))
    exercise = page.locator(".code-file").first.inner_text().removesuffix(".py")
    set_editor(page, reference_code(exercise))   # typing: CodeMirror styles its new lines
    page.get_by_role("button", name="Run").click()
    expect(page.locator(".results > .run")).to_have_class(re.compile("run-passed"), timeout=90_000)
    assert violations(page) == []

    page.get_by_role("button", name="End interview").click()
    page.get_by_role("dialog").get_by_role("button", name="End interview").click()
    expect(page.get_by_role("link", name="Open your scorecard")).to_be_visible(timeout=30_000)
    assert violations(page) == []

    visit(page, f"/scorecard/{session_id}", ".verdict-card")
    visit(page, f"/replay/{session_id}", ".scrubber")
    visit(page, f"/replay/{session_id}?token={session['replay_token']}", ".replay-code .cm-content")
    visit(page, "/history", "main h1")
    visit(page, "/rubric", "main h1")
    visit(page, "/rubric/data_scientist", "main h1")
    visit(page, "/", ".role-card")
    visit(page, "/no/such/page", "main h1")
