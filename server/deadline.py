"""Requests arrive whole and soon, or the connection is dropped (slow-request floods, "slowloris").

uvicorn has no timeout on receiving a request: `timeout_keep_alive` is armed only after a
response, and is cancelled by the first byte of the next request; a connection that
sends nothing, or half its headers, or headers and half a body, is kept as long as the
client likes (uvicorn issue #157 lists `--timeout-request-start` as not done). Every such
connection holds a file descriptor, so a few hundred of them starve the server of the
descriptors that health checks, websockets and kernels need. ASGI middleware cannot
help: the app is called only once the headers are in.

So the HTTP protocol itself is extended (`protocol_class`), for uvicorn's httptools and
h11 parsers alike:

- a **deadline**: from the moment a connection opens, or a new request's first byte
  arrives, headers and body must be complete within `timeout` seconds; otherwise the
  connection is closed (with `408 Request Timeout` when no request of it has reached the
  app yet). A request that has arrived whole is never timed: a long response is the
  app's business, and a websocket leaves this protocol once its handshake is in.
- a **share per client address**: one address may have at most `per_client` requests
  unfinished at once; one more closes that address's oldest unfinished one. Closing the
  oldest, not refusing the newest, means a flood from an address never locks out a real
  request from it (on loopback, or behind a NAT, the attacker and the candidate share one).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict

_SAID = b"the request did not arrive whole in time\n"
STATUS_408 = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\nconnection: close\r\n"
              b"x-content-type-options: nosniff\r\n"
              b"content-length: %d\r\n\r\n%s" % (len(_SAID), _SAID))


class _Deadline:
    """Mixed in ahead of a uvicorn HTTP protocol class; the subclass says when a request is whole."""

    timeout: float
    per_client: int
    unfinished: dict[str, OrderedDict]   # client address -> its unfinished connections, oldest first

    _timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._arm()   # a connection that never says anything is timed too

    def connection_lost(self, exc) -> None:
        self._disarm()
        super().connection_lost(exc)

    def handle_websocket_upgrade(self, *args) -> None:
        self._disarm()   # the handshake is whole; the websocket protocol takes the connection
        super().handle_websocket_upgrade(*args)

    def _address(self) -> str:
        return self.client[0] if self.client else ""

    def _arm(self) -> None:
        if self._timer is not None:
            return
        self._timer = self.loop.call_later(self.timeout, self._expire)
        mine = self.unfinished.setdefault(self._address(), OrderedDict())
        mine[self] = None
        while len(mine) > self.per_client:
            oldest = next(iter(mine))
            oldest._expire()

    def _disarm(self) -> None:
        if self._timer is None:
            return
        self._timer.cancel()
        self._timer = None
        mine = self.unfinished.get(self._address())
        if mine is not None:
            mine.pop(self, None)
            if not mine:
                del self.unfinished[self._address()]

    def _expire(self) -> None:
        self._disarm()
        if self.transport.is_closing():
            return
        if self.cycle is None or self.cycle.response_complete:   # no part of this request reached the app
            self.transport.write(STATUS_408)
        self.transport.close()


def protocol_class(timeout: float, per_client: int) -> type:
    """uvicorn's HTTP protocol (httptools if installed, as uvicorn picks) with the deadline and the share."""
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:
        return _h11_class(timeout, per_client)

    class DeadlineHttpTools(_Deadline, HttpToolsProtocol):
        def on_message_begin(self) -> None:
            self._arm()
            super().on_message_begin()

        def on_message_complete(self) -> None:
            self._disarm()
            super().on_message_complete()

    return _configure(DeadlineHttpTools, timeout, per_client)


def _h11_class(timeout: float, per_client: int) -> type:
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class DeadlineH11(_Deadline, H11Protocol):
        def handle_events(self) -> None:
            super().handle_events()
            state = self.conn.their_state
            if state is h11.SEND_BODY or state is h11.IDLE and self.conn.trailing_data[0]:
                self._arm()
            elif state is not h11.IDLE:
                self._disarm()

    return _configure(DeadlineH11, timeout, per_client)


def _configure(cls: type, timeout: float, per_client: int) -> type:
    cls.timeout, cls.per_client, cls.unfinished = timeout, per_client, {}
    return cls
