"""A local OpenAI-compatible chat server that tests script, turn by turn.

Why a real HTTP server and not a mock of litellm: the interviewer must survive what real
providers do -- slow first tokens, HTTP 500s, sockets closed mid-answer, JSON that is not
JSON -- and the only honest way to prove that is to send real requests through litellm,
the OpenAI SDK and httpx, and let them fail the way they fail in production.

The server speaks just enough of the OpenAI chat API for litellm's ``openai/`` provider:
``POST /v1/chat/completions`` (and ``/chat/completions``), streaming as server-sent events
over chunked HTTP/1.1 or answering with one JSON body that carries ``usage``. It runs on
127.0.0.1, port 0, in a background thread, and records every request it receives.

Scripting: each request takes the next reply from a queue, or asks a function::

    llm_server.script(say("Hello", "there"), json_reply({"score": 1}), http_error(500))
    llm_server.script(lambda request: say("echo: " + request.last_user_text))

A fixture, ``llm_server``, yields a started ``LLMServer``; pass ``llm_server.url`` as the
``api_base`` and ``openai/<any name>`` as the model.
"""

from __future__ import annotations

import itertools
import json
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

__all__ = [
    "LLMServer",
    "RecordedRequest",
    "Reply",
    "drop_after",
    "empty_reply",
    "garbage_body",
    "http_error",
    "json_reply",
    "llm_server",
    "not_json",
    "paced",
    "refusal",
    "say",
    "slow",
    "stall_after",
]


# --------------------------------------------------------------------------- replies


@dataclass(frozen=True)
class Reply:
    """What the server does with one request.

    Build replies with the helpers below (``say``, ``json_reply``, ``http_error``, ...)
    rather than by hand; the fields are the union of what they need.
    """

    chunks: tuple[str, ...] = ()
    """The assistant text, as the pieces a streaming answer sends (joined when not streaming)."""
    status: int = 200
    error_body: str | None = None
    """Raw body of a non-200 answer (an OpenAI-style error object by default)."""
    raw_body: str | None = None
    """A 200 answer whose body is sent verbatim instead of a chat completion (broken JSON)."""
    delay: float = 0.0
    """Seconds to wait before sending anything, headers included."""
    stall_after: int | None = None
    stall: float = 0.0
    """Streaming only: after ``stall_after`` chunks, go quiet for ``stall`` seconds."""
    chunk_gap: float = 0.0
    """Streaming only: seconds between consecutive chunks (a slow but steady model)."""
    drop_after: int | None = None
    """Streaming only: after this many chunks, close the socket without finishing."""
    refusal: str | None = None
    """An OpenAI structured-output refusal (``message.refusal``) instead of content."""
    usage: dict[str, int] | None = None

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def say(*chunks: str) -> Reply:
    """Answer with text; when streaming, each argument is one SSE chunk, in order."""
    return Reply(chunks=tuple(chunks))


def json_reply(obj: Any) -> Reply:
    """Answer with ``obj`` serialised as JSON, as a model in structured-output mode does."""
    text = json.dumps(obj)
    # Several chunks, so a streamed JSON answer is reassembled like a real one.
    return Reply(chunks=tuple(text[i : i + 16] for i in range(0, len(text), 16)))


def not_json(text: str = '{"score": 0.9, "covered": [') -> Reply:
    """Answer with content that is not valid JSON (truncated, prose, ...)."""
    return Reply(chunks=(text,))


def empty_reply() -> Reply:
    """A well-formed answer with no text at all (an empty stream when streaming)."""
    return Reply(chunks=())


def refusal(text: str = "I can't help with that.") -> Reply:
    """The model declines: OpenAI puts this in ``message.refusal`` and leaves content null."""
    return Reply(refusal=text)


def http_error(status: int = 500, message: str = "upstream exploded", body: str | None = None) -> Reply:
    """Answer with an HTTP error status and an OpenAI-style error object (or ``body``)."""
    if body is None:
        kind = "server_error" if status >= 500 else "invalid_request_error"
        body = json.dumps({"error": {"message": message, "type": kind, "param": None, "code": None}})
    return Reply(status=status, error_body=body)


def garbage_body(body: str = "<html>502 Bad Gateway</html>") -> Reply:
    """A 200 answer whose body is not a chat completion at all (a broken proxy)."""
    return Reply(raw_body=body)


def slow(seconds: float, reply: Reply | None = None) -> Reply:
    """Wait ``seconds`` before answering (longer than the client's timeout, usually)."""
    return _replace(reply or say("too late"), delay=seconds)


def stall_after(chunks: int, seconds: float, reply: Reply | None = None) -> Reply:
    """Stream ``chunks`` pieces, then go silent for ``seconds`` before the rest."""
    return _replace(reply or say("one ", "two ", "three"), stall_after=chunks, stall=seconds)


def paced(gap: float, reply: Reply | None = None) -> Reply:
    """Stream with ``gap`` seconds between chunks: slow, but never silent for long."""
    return _replace(reply or say("one ", "two ", "three"), chunk_gap=gap)


def drop_after(chunks: int, reply: Reply | None = None) -> Reply:
    """Stream ``chunks`` pieces, then close the connection mid-answer."""
    return _replace(reply or say("one ", "two ", "three ", "four"), drop_after=chunks)


def _replace(reply: Reply, **changes: Any) -> Reply:
    return replace(reply, **changes)



# --------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it: what a test asserts on."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    raw: bytes = field(repr=False)

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    @property
    def stream(self) -> bool:
        return bool(self.body.get("stream"))

    @property
    def model(self) -> str | None:
        return self.body.get("model")

    @property
    def response_format(self) -> dict[str, Any] | None:
        return self.body.get("response_format")

    @property
    def system_prompt(self) -> str:
        """All system messages' text, joined (a persona may be split over several)."""
        return "\n".join(_text(m) for m in self.messages if m.get("role") == "system")

    @property
    def last_user_text(self) -> str:
        users = [m for m in self.messages if m.get("role") == "user"]
        return _text(users[-1]) if users else ""

    @property
    def authorization(self) -> str | None:
        return self.headers.get("authorization")


def _text(message: dict[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, list):  # content parts: [{"type": "text", "text": ...}, ...]
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content or ""


Script = Callable[[RecordedRequest], Reply]


# --------------------------------------------------------------------------- server


class LLMServer:
    """A started chat-completions server: ``url``, ``script(...)``, ``requests``.

    ``url`` ends in ``/v1``, the way OpenAI-compatible servers (vLLM, Ollama, LM Studio)
    publish their base URL, so it is exactly what a user puts in ``HOTSEAT_LLM_API_BASE``.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._lock = threading.Lock()
        self._queue: deque[Reply] = deque()
        self._function: Script | None = None
        self._stopping = threading.Event()
        self.requests: list[RecordedRequest] = []
        self.default: Reply = http_error(500, "llm_server: no reply was scripted for this request")
        """What an unscripted request gets: a loud 500, so a missing script fails visibly."""
        self._httpd = _HTTPServer((host, port), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.02},  # shutdown() waits up to one poll: keep teardown quick
            name="llm-server",
            daemon=True,
        )

    # -- lifecycle

    def start(self) -> LLMServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes delayed and stalled replies so threads end at once
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # -- scripting

    def script(self, *replies: Reply | Script) -> None:
        """Queue replies for the next requests, in order; or pass one function deciding each.

        A function replaces the queue and answers every request until scripted again; a
        queue is consumed one reply per request, then ``default`` answers.
        """
        with self._lock:
            if len(replies) == 1 and callable(replies[0]) and not isinstance(replies[0], Reply):
                self._function = replies[0]
                self._queue.clear()
                return
            for reply in replies:
                if not isinstance(reply, Reply):
                    raise TypeError(f"script() takes Reply objects or one function, got {reply!r}")
            self._function = None
            self._queue.extend(replies)

    @property
    def pending(self) -> int:
        """How many queued replies no request has consumed yet."""
        with self._lock:
            return len(self._queue)

    def reset(self) -> None:
        """Forget the script and the recorded requests."""
        with self._lock:
            self._queue.clear()
            self._function = None
            self.requests.clear()

    def _next_reply(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self._function is not None:
                function = self._function
            elif self._queue:
                return self._queue.popleft()
            else:
                return self.default
        return function(request)  # outside the lock: a function may be slow or re-script


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: LLMServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when a client hangs up (timeouts do that); report anything else."""
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


_ids = itertools.count(1)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive and chunked streaming, like real providers
    disable_nagle_algorithm = True  # else headers and body wait ~40 ms on delayed ACKs
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass  # quiet: pytest output is for assertions

    # -- routing

    def do_GET(self) -> None:
        if self.path.rstrip("/") in ("/v1/models", "/models"):
            self._send_json(200, {"object": "list", "data": [{"id": "test-model", "object": "model"}]})
        else:
            self._send_json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length)
        if self.path.split("?")[0].rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
            self._send_json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
            return
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {}
        request = RecordedRequest(
            method="POST",
            path=self.path,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            raw=raw,
        )
        owner = self.server.owner
        try:
            reply = owner._next_reply(request)
        except Exception as exc:  # a broken script function must fail the test, not hang it
            reply = http_error(500, f"llm_server: script function raised {exc!r}")
        if reply.delay and owner._stopping.wait(reply.delay):
            return
        if reply.status != 200:
            self._send_raw(reply.status, "application/json", (reply.error_body or "").encode())
        elif reply.raw_body is not None:
            self._send_raw(200, "application/json", reply.raw_body.encode())
        elif request.stream:
            self._stream(request, reply)
        else:
            self._send_json(200, self._completion(request, reply))

    # -- bodies

    def _completion(self, request: RecordedRequest, reply: Reply) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": None if reply.refusal else reply.text}
        if reply.refusal:
            message["refusal"] = reply.refusal
        prompt_tokens = sum(len(_text(m).split()) for m in request.messages)
        completion_tokens = len(reply.text.split())
        return {
            "id": f"chatcmpl-test-{next(_ids)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.model or "test-model",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}],
            "usage": reply.usage
            or {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }

    def _stream(self, request: RecordedRequest, reply: Reply) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        ident, created, model = f"chatcmpl-test-{next(_ids)}", int(time.time()), request.model or "test-model"

        def event(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
            return {
                "id": ident,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
            }

        try:
            self._event(event({"role": "assistant", "content": ""}))
            if reply.refusal:
                self._event(event({"refusal": reply.refusal}))
            for sent, chunk in enumerate(reply.chunks):
                if reply.drop_after is not None and sent >= reply.drop_after:
                    self._drop()
                    return
                if reply.stall_after is not None and sent == reply.stall_after:
                    if self.server.owner._stopping.wait(reply.stall):
                        return
                if reply.chunk_gap and sent and self.server.owner._stopping.wait(reply.chunk_gap):
                    return
                self._event(event({"content": chunk}))
            if reply.drop_after is not None:
                self._drop()
                return
            self._event(event({}, finish="stop"))
            options = request.body.get("stream_options") or {}
            if options.get("include_usage"):
                usage = self._completion(request, reply)["usage"]
                self._event({**event({}), "choices": [], "usage": usage})
            self._write_chunk(b"data: [DONE]\n\n")
            self._write_chunk(b"")  # the terminating zero-length chunk
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timeout); nothing to tell

    def _event(self, payload: dict[str, Any]) -> None:
        self._write_chunk(b"data: " + json.dumps(payload).encode() + b"\n\n")

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _drop(self) -> None:
        """Cut the TCP connection without the terminating chunk: the client sees a truncated body."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _send_json(self, status: int, payload: dict[str, Any]) -> None:
        self._send_raw(status, "application/json", json.dumps(payload).encode())

    def _send_raw(self, status: int, content_type: str, data: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


# --------------------------------------------------------------------------- fixture


@pytest.fixture
def llm_server() -> Iterator[LLMServer]:
    """A started local OpenAI-compatible server; ``.url`` is the api_base to configure."""
    with LLMServer() as server:
        yield server
