"""Security headers on every HTTP response (pages, static files, API answers, errors, refusals).

- `Content-Security-Policy`: the browser app is plain ES modules and a stylesheet from this
  server; it has no inline script or style, no eval, and sets styles through the CSSOM
  (`el.style.x = ...`), which a policy without 'unsafe-inline' allows. The favicon is a
  `data:` image. So nothing but this origin is needed, and nothing else may load: an
  injected `<script>` would not run. One exception: CodeMirror (frontend/vendor) writes
  its theme into a `<style>` element, so the page itself (`page_with_nonce`) is sent with
  a fresh random nonce allowed in `style-src` and handed to CodeMirror through
  `<meta name="csp-nonce" nonce=...>` (browsers hide a nonce attribute from CSS and the
  DOM, so markup injected into the page cannot learn it). `tests/ui/test_content_policy.py`
  loads every page under this policy in Chromium and fails on any violation.
- `frame-ancestors 'none'` and `X-Frame-Options: DENY` (older browsers): no framing, so
  no clickjacking of Submit, End interview or the rubric editor.
- `X-Content-Type-Options: nosniff`: exports and refusals are read as what they say.
- `Referrer-Policy: no-referrer`: replay links carry their token in the URL (`?token=`);
  no click may send it to another site.
"""

from __future__ import annotations

import secrets

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def policy(style_nonce: str | None = None) -> str:
    """The Content-Security-Policy; `style_nonce` lets in the `<style>` elements carrying it."""
    return "; ".join([
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'" + (f" 'nonce-{style_nonce}'" if style_nonce else ""),
        "img-src 'self' data:",
        "connect-src 'self'",    # 'self' covers ws:// and wss:// to this host (CSP level 3)
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


POLICY = policy()
HEADERS = [
    (b"content-security-policy", POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]
STARTS = ("http.response.start", "websocket.http.response.start")


def page_with_nonce(html: str) -> tuple[str, dict[str, str]]:
    """The app's HTML page with a fresh style nonce in its `<head>`, and the headers that allow it."""
    nonce = secrets.token_urlsafe(18)
    html = html.replace("<head>", f'<head>\n  <meta name="csp-nonce" nonce="{nonce}">', 1)
    return html, {"Content-Security-Policy": policy(nonce), "Cache-Control": "no-store"}


class SecurityHeaders:
    """ASGI middleware adding `HEADERS` to each response that does not set them itself."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] in STARTS:
                present = {name.lower() for name, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *((n, v) for n, v in HEADERS if n not in present)]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
