"""Which `Host` the server answers to: the guard against DNS rebinding.

A page on `http://rebind.evil:8000` can make its own name resolve to 127.0.0.1 a moment
after it loaded (DNS rebinding). The browser then sends the page's requests, and its
websocket, to this server, with `Host: rebind.evil:8000` and `Origin:
http://rebind.evil:8000`: same-origin in the browser's eyes, so neither CORS nor an
Origin check that compares Origin with Host stops it. What stops it is the name: the
server answers only to names it knows (loopback, its own address, and the names an
operator lists in `HOTSEAT_ALLOWED_HOSTS`), on every HTTP request and websocket.
Anything else gets 400 (a websocket's handshake too) saying which host was refused.

An IP literal cannot be rebound, but it is accepted only when it is a loopback address
or the address the server was told to bind: a server on `0.0.0.0` answers to the names
and addresses its operator lists.
"""

from __future__ import annotations

from collections.abc import Iterable

import re

from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
WILDCARDS = frozenset({"0.0.0.0", "::", ""})
_HOST = re.compile(r"(?:\[(?P<v6>[0-9a-f:.]+)\]|(?P<name>[a-z0-9._-]+))(?::(?P<port>[0-9]{1,5}))?")


def split_host(value: str) -> tuple[str, int | None] | None:
    """`name[:port]` (IPv6 in brackets) as (lower-case name, port or None); None if malformed."""
    found = _HOST.fullmatch(value.strip().lower())
    if not found:
        return None
    name, port = found.group("v6") or found.group("name"), found.group("port")
    if port is None:
        return name, None
    return (name, int(port)) if 0 < int(port) < 65536 else None


class HostPolicy:
    """Loopback names and the bound address on the server's own port; listed names as listed."""

    def __init__(self, bound_host: str, allowed: Iterable[str]):
        self.own = set(LOOPBACK)
        if bound_host.strip("[]").lower() not in WILDCARDS:
            self.own.add(bound_host.strip("[]").lower())
        self.listed: dict[str, set[int | None]] = {}
        for entry in allowed:
            parsed = split_host(entry)
            if parsed:
                self.listed.setdefault(parsed[0], set()).add(parsed[1])

    def allows(self, host_header: str | None, server_port: int | None, default_port: int = 80) -> bool:
        """`server_port`: the port the request arrived on; `default_port`: its scheme's, meant by a bare name."""
        parsed = split_host(host_header or "")
        if parsed is None:
            return False
        name, port = parsed[0], default_port if parsed[1] is None else parsed[1]
        if name in self.own:
            return server_port is None or port == server_port
        ports = self.listed.get(name)
        return ports is not None and (None in ports or port in ports)


class HostGuard:
    """ASGI middleware: refuse HTTP requests and websockets whose `Host` the policy does not allow."""

    def __init__(self, app: ASGIApp, policy: HostPolicy):
        self.app, self.policy = app, policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        host = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), None)
        server_port = (scope.get("server") or (None, None))[1]
        default_port = 443 if scope.get("scheme") in ("https", "wss") else 80
        if self.policy.allows(host, server_port, default_port):
            await self.app(scope, receive, send)
            return
        shown = repr(host[:100]) if host is not None else "(none)"
        body = (f"this server does not answer to the host {shown}; an operator can list it in "
                f"HOTSEAT_ALLOWED_HOSTS").encode()
        await refuse(scope, send, 400, body)


async def refuse(scope: Scope, send: Send, status: int, body: bytes) -> None:
    """A plain-text refusal, for an HTTP request or (as its handshake's answer) a websocket."""
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    if scope["type"] == "http":
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
    elif "websocket.http.response" in scope.get("extensions", {}):
        await send({"type": "websocket.http.response.start", "status": status, "headers": headers})
        await send({"type": "websocket.http.response.body", "body": body})
    else:   # a server without the denial-response extension: a close before accept (403)
        await send({"type": "websocket.close", "code": 1008, "reason": body.decode()[:120]})
