"""Browser tests: a real `hotseat serve` on loopback, driven in Debian's headless Chromium by
Playwright (its Python package only: the browser is /usr/bin/chromium, never a downloaded one).

Every page is watched for console errors and uncaught exceptions; a test fails on any that
it did not announce beforehand (`page_errors.expect(...)`). Screenshots go to
test-output/ui/ (gitignored), or to $HOTSEAT_UI_OUTPUT.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from tests.server.harness import ROOT, running_server

CHROMIUM = os.environ.get("HOTSEAT_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
WIDE = {"width": 1280, "height": 800}
NARROW = {"width": 400, "height": 860}


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives the web app in headless Chromium")


def pytest_collection_modifyitems(config, items):
    reason = None
    try:
        import playwright  # noqa: F401
    except ImportError:
        reason = "the browser tests need Playwright's Python package (pip install playwright)"
    if reason is None and not Path(CHROMIUM).exists():
        reason = f"the browser tests need Chromium at {CHROMIUM} (apt-get install chromium)"
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
            if reason and not os.environ.get("CI"):  # on CI a missing browser is a failure, not a skip
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def output_dir() -> Path:
    folder = Path(os.environ.get("HOTSEAT_UI_OUTPUT") or ROOT / "test-output" / "ui")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("ui")) as process:
        yield process


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class PageErrors:
    """Console errors and page exceptions, minus those a test said it would cause."""

    def __init__(self):
        self.seen: list[str] = []
        self.allowed: list[re.Pattern] = []

    def expect(self, pattern: str):
        """Allow console errors matching `pattern` until the returned context ends."""
        errors = self

        class Allowance:
            def __enter__(self):
                errors.allowed.append(re.compile(pattern))

            def __exit__(self, *exc):
                errors.allowed.pop()

        return Allowance()

    def record(self, text: str):
        if not any(p.search(text) for p in self.allowed):
            self.seen.append(text)

    def watch(self, page):
        page.on("console", lambda m: self.record(f"console.{m.type}: {m.text} ({m.location.get('url', '')})")
                if m.type == "error" else None)
        page.on("pageerror", lambda e: self.record(f"uncaught: {e}"))
        return page

    def check(self):
        assert not self.seen, "errors in the browser console:\n" + "\n".join(self.seen)


@pytest.fixture(scope="module")
def page_errors():
    errors = PageErrors()
    yield errors
    errors.check()


@pytest.fixture(scope="module")
def context(browser, server):
    ctx = browser.new_context(viewport=WIDE, base_url=server.url, reduced_motion="reduce")
    ctx.set_default_timeout(20_000)
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def page(context, page_errors):
    tab = page_errors.watch(context.new_page())
    yield tab
    tab.close()


@pytest.fixture(autouse=True)
def no_console_errors(request, page_errors):
    """Fail the test during which an unexpected console error appeared."""
    before = len(page_errors.seen)
    yield
    new = page_errors.seen[before:]
    if new:
        del page_errors.seen[before:]
        pytest.fail("errors in the browser console:\n" + "\n".join(new))


# Text nodes that are a leaked JavaScript value ("null", "undefined", "NaN%", "[object Object]"),
# outside code and what people wrote.
LEAKS = r"""() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.parentElement.closest(".cm-editor, pre, code, .msg-body, textarea")) continue;
    const text = node.textContent.trim();
    if (/^(null|undefined|NaN%?)$/.test(text) || /\bundefined\b|\[object \w+\]|\bNaN\b/.test(text)) out.push(text.slice(0, 80));
  }
  return out;
}"""


class Shots:
    def __init__(self, folder: Path):
        self.folder, self.count = folder, 0

    def take(self, page, name: str, full_page: bool = False) -> Path:
        """Save a screenshot, after checking the page shows no leaked placeholders."""
        leaks = page.evaluate(LEAKS)
        assert not leaks, f"{name}: the page shows {leaks}"
        self.count += 1
        path = self.folder / f"{self.count:02d}-{name}.png"
        if full_page:   # sticky bars are drawn where the viewport is: start from the top
            page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(path), full_page=full_page)
        return path


@pytest.fixture(scope="session")
def shots(output_dir) -> Shots:
    return Shots(output_dir)
