"""The Jupyter protocol with one kernel: jupyter_client's Session over the kernel's IPC sockets.

Why not a `KernelClient`: its channels parse every message as it arrives (on the event
loop, for the async client), so a 70 MB display message or a 5-million-float result is
decoded before anyone can refuse it. Here each message's raw frames are measured first
and only then handed to `Session.deserialize` (which checks the HMAC signature and parses
the JSON), and all of it happens in the worker thread that owns the kernel, never on the
server's event loop. The messages themselves are plain Jupyter protocol built by
jupyter_client, so a gateway-backed connection can replace this class behind the same
few methods (issue 11).
"""

from __future__ import annotations

import json
import threading

import zmq
from jupyter_client.session import Session

CHANNELS = {"shell": 1, "iopub": 2}   # the kernel's ports are fixed: its socket folder is its own
_context: zmq.Context | None = None
_context_lock = threading.Lock()


def context() -> zmq.Context:
    global _context
    with _context_lock:
        if _context is None:
            _context = zmq.Context(io_threads=1)
        return _context


class TooLarge(Exception):
    """A message whose frames exceed the limit; it was never decoded (only its small header peeked at)."""

    def __init__(self, size: int, msg_type: str):
        super().__init__(size)
        self.size, self.msg_type = size, msg_type


class KernelConnection:
    """A shell DEALER and an iopub SUB to one kernel. Not thread-safe: one owner at a time."""

    def __init__(self, prefix: str, key: str):
        self.session = Session(key=key.encode(), signature_scheme="hmac-sha256", username="hotseat")
        ctx = context()
        self.shell = ctx.socket(zmq.DEALER)
        self.iopub = ctx.socket(zmq.SUB)
        self.iopub.setsockopt(zmq.SUBSCRIBE, b"")
        for sock in (self.shell, self.iopub):
            sock.linger = 0
            sock.setsockopt(zmq.RECONNECT_IVL, 10)   # the kernel binds a moment after we connect
            sock.setsockopt(zmq.RECONNECT_IVL_MAX, 100)
        self.shell.connect(f"ipc://{prefix}-{CHANNELS['shell']}")
        self.iopub.connect(f"ipc://{prefix}-{CHANNELS['iopub']}")
        self.closed = False

    def send(self, msg_type: str, content: dict, buffers: list | None = None) -> str:
        message = self.session.send(self.shell, msg_type, content, buffers=buffers)
        return message["header"]["msg_id"]

    def receive(self, sock: zmq.Socket, limit: int) -> tuple[dict, int]:
        """One message and its size in bytes; raises `TooLarge` before decoding past `limit`.

        A bad signature or malformed frames raise ValueError (hostile data, to be skipped).
        """
        frames = sock.recv_multipart(copy=False)
        size = sum(len(f.buffer) for f in frames)
        if size > limit:
            raise TooLarge(size, _peek_type(frames))
        _, parts = self.session.feed_identities(frames, copy=False)
        return self.session.deserialize(parts, content=True, copy=False), size

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.shell.close(linger=0)
            self.iopub.close(linger=0)


def _peek_type(frames) -> str:
    """The msg_type of an oversized message, from its header frame alone (unsigned: a hint for messages)."""
    for index, frame in enumerate(frames):
        if len(frame.buffer) == 9 and frame.bytes == b"<IDS|MSG>" and index + 2 < len(frames) and len(frames[index + 2].buffer) < 4096:
            try:
                return str(json.loads(frames[index + 2].bytes).get("msg_type", ""))
            except (ValueError, AttributeError):
                return ""
    return ""
