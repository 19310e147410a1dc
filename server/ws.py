"""The websocket side of the protocol (docs/protocol.md): parse, check, dispatch, answer.

Bad input is answered with an `error` frame and the connection stays usable; only a
wrong token or a sustained flood closes it (1008). Nothing is written for a refused
message: the interview only ever sees well-formed actions (each message's fields are
declared and checked in `server/messages.py`), within the quotas of `server/limits.py`.

The reading loop never waits for the interview: each action runs in a task of its own
(see `server/hub.py` for turns), answered with its `ack` or `error` when it is done, so
pings are answered and other messages accepted while the interviewer thinks.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from interviewer.engine import InterviewError
from kernels.protocol import MAX_CODE_BYTES
from server.hosts import refuse
from server.hub import LiveSession, SessionHub
from server.limits import QuotaExceeded, Quotas, TokenBucket
from server.messages import Invalid, check, message_id as id_of

log = logging.getLogger("hotseat.server")
MAX_FRAME = 256 << 10
RATE, BURST, CLOSE_AFTER = 20.0, 40.0, 200   # messages/s, bucket size, refusals before closing
POLICY_VIOLATION = 1008


class Refused(Exception):
    def __init__(self, code: str, message: str, close: bool = False):
        super().__init__(message)
        self.code, self.message, self.close = code, message, close

    def __str__(self) -> str:
        return self.message


def error(exc: Exception, message_id) -> dict[str, Any]:
    """The `error` frame for a refusal; a quota adds which limit and when it lets the request through."""
    extra = exc.fields() if isinstance(exc, QuotaExceeded) else {}
    return {"type": "error", "id": message_id, "code": exc.code, "message": str(exc), **extra}


class SocketConnection:
    """Sends are serialised: replies and broadcasts come from different tasks."""

    def __init__(self, websocket: WebSocket):
        self.websocket = websocket
        self.lock = asyncio.Lock()

    async def send(self, message: dict[str, Any]) -> None:
        async with self.lock:
            if self.websocket.application_state == WebSocketState.CONNECTED:
                await self.websocket.send_text(json.dumps(message))


def origin_allowed(websocket: WebSocket, allowed: set[str]) -> bool:
    origin = websocket.headers.get("origin")
    if origin is None:  # not a browser (the simulator, scripts): nothing to hijack
        return True
    host = websocket.headers.get("host", "")
    return origin in allowed or origin in (f"http://{host}", f"https://{host}")


async def serve_socket(websocket: WebSocket, hub: SessionHub, allowed_origins: set[str], quotas: Quotas) -> None:
    """`Host` was checked before this (server/hosts.py), so an Origin equal to it is this server's own."""
    if not origin_allowed(websocket, allowed_origins):
        origin = websocket.headers.get("origin", "")[:100]
        await refuse(websocket.scope, websocket.send, 403, f"the origin {origin!r} may not open interviews here; "
                     "an operator can list it in HOTSEAT_ALLOWED_ORIGINS".encode())
        return
    await websocket.accept()
    connection = SocketConnection(websocket)
    handler = Handler(hub, connection, quotas)
    bucket, refusals = TokenBucket(RATE, BURST), 0
    try:
        while True:
            frame = await websocket.receive()
            if frame["type"] == "websocket.disconnect":
                break
            text = frame.get("text")
            if text is None and frame.get("bytes") is not None:
                text = frame["bytes"].decode("utf-8", "replace")
            message_id = None
            try:
                if not bucket.take():
                    refusals += 1
                    raise Refused("rate_limited", "more than 20 messages a second; slow down",
                                  close=refusals > CLOSE_AFTER)
                if text is None or len(text) > MAX_FRAME:
                    raise Refused("message_too_large", f"messages are limited to {MAX_FRAME >> 10} KB")
                raw = parse(text)
                message_id = id_of(raw)
                await handler.handle(checked(raw), message_id)
                refusals = 0
            except Refused as refused:
                await connection.send(error(refused, message_id))
                if refused.close:
                    await websocket.close(code=POLICY_VIOLATION, reason=refused.code)
                    break
            except (InterviewError, QuotaExceeded) as exc:
                await connection.send(error(exc, message_id))
            except WebSocketDisconnect:
                raise
            except Exception:
                log.exception("message failed")
                await connection.send({"type": "error", "id": message_id, "code": "internal",
                                       "message": "the server failed on this message; the session is intact"})
    except WebSocketDisconnect:
        pass
    finally:
        handler.detach()


def parse(text: str) -> dict[str, Any]:
    try:
        message = json.loads(text, parse_constant=_not_json)
    except (ValueError, RecursionError):
        raise Refused("bad_json", "the message is not valid JSON") from None
    if not isinstance(message, dict):
        raise Refused("bad_json", "a message must be a JSON object")
    return message


def _not_json(constant: str):
    raise ValueError(f"{constant} is not JSON")   # Python's json reads NaN and Infinity; browsers do not


def checked(message: dict) -> dict[str, Any]:
    try:
        return check(message)
    except Invalid as invalid:
        raise Refused(invalid.code, invalid.message) from None


class Handler:
    def __init__(self, hub: SessionHub, connection: SocketConnection, quotas: Quotas):
        self.hub, self.connection, self.quotas = hub, connection, quotas
        self.live: LiveSession | None = None
        self.tasks: set[asyncio.Task] = set()

    def detach(self) -> None:
        if self.live:
            self.hub.detach(self.live, self.connection)

    async def reply(self, message: dict) -> None:
        await self.connection.send(message)

    async def handle(self, message: dict, message_id) -> None:
        """Check the message here; do what it asks in a task, so the next message is read at once."""
        kind = message["type"]
        if kind == "ping":
            await self.reply({"type": "pong", "id": message_id, "t": message.get("t")})
            return
        if kind in ("start", "resume"):
            if self.live:
                raise Refused("already_in_session", "this connection already has a session")
            await (self.start if kind == "start" else self.resume)(message, message_id)
            return
        if not self.live:
            raise Refused("not_in_session", "send `start` or `resume` first")
        work = getattr(self, f"on_{kind}")(message)   # checks its fields now, raising Refused
        self.answer_when_done(work, message_id)

    def answer_when_done(self, work, message_id) -> None:
        """Run `work` (a coroutine giving the ack's extra fields) and answer with `ack` or `error`."""
        async def run() -> None:
            try:
                extra = await work
                await self.reply({"type": "ack", "id": message_id, **(extra or {})})
            except (Refused, InterviewError, QuotaExceeded) as exc:
                await self.reply(error(exc, message_id))
            except Exception:
                log.exception("message failed")
                await self.reply({"type": "error", "id": message_id, "code": "internal",
                                  "message": "the server failed on this message; the session is intact"})

        task = asyncio.get_running_loop().create_task(run())
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    # ---------------------------------------------------------------- session

    async def start(self, message: dict, message_id) -> None:
        role_id, owner = message["role"], message["owner_token"]
        interviewer, seed = message["options"]["interviewer"], message["options"]["seed"]
        if role_id not in self.hub.rubric_store.rubric.roles:
            raise Refused("unknown_role", f"unknown role {role_id!r}; known: "
                          f"{', '.join(sorted(self.hub.rubric_store.rubric.roles))}")
        if interviewer == "llm" and self.hub.llm_settings is None:
            raise Refused("llm_unavailable", "no LLM is configured on this server (HOTSEAT_LLM_MODEL)")
        earlier = self.hub.store.sessions_for_owner(owner) if owner is not None else []
        if not earlier:
            owner = None  # an unknown owner token starts a new owner, it never reaches others' sessions
        self.quotas.check_owner(row["created"] for row in earlier)
        self.quotas.take_session()   # last: a start refused for another reason costs the server-wide rate nothing
        live, new = await self.hub.create(role_id, interviewer, owner)
        self.live = live
        role = self.hub.rubric_store.rubric.role(role_id)
        await self.reply({"type": "session", "id": message_id, "session_id": new.session_id,
                          "token": new.token, "replay_token": new.replay_token, "owner_token": new.owner_token,
                          "role": {"id": role.id, "name": role.name}, "interviewer": interviewer,
                          "model": self.hub.llm_settings.describe() if interviewer == "llm" else None,
                          "resumed": False, "next_seq": 0})
        await self.hub.attach(live, self.connection)
        self.answer_when_done(self.hub.turn(live, lambda: live.interview.start(role_id, seed=seed)), message_id)

    async def resume(self, message: dict, message_id) -> None:
        session_id, token, last_seq = message["session_id"], message["token"], message["last_seq"]
        if self.hub.store.authorize(session_id, token) != "write":
            raise Refused("forbidden", "this token does not open that session", close=True)
        live = self.hub.get(session_id)
        if live is None:
            raise Refused("not_found", "no such session")
        self.live = live
        interview = live.interview
        async with interview.emitting:  # no event can slip between the catch-up and the live feed
            missing = self.hub.store.events(session_id, after_seq=last_seq)
            role = self.hub.rubric_store.rubric.roles.get(interview.state.role_id)
            await self.reply({"type": "session", "id": message_id, "session_id": session_id,
                              "role": {"id": interview.state.role_id, "name": role.name if role else ""},
                              "interviewer": live.interviewer, "model": interview.state.snapshot.get("model"),
                              "resumed": True, "next_seq": interview.state.count})
            for seq, event in enumerate(missing, start=max(-1, last_seq) + 1):
                await self.reply({"type": "event", "seq": seq, "event": event})
            await self.hub.attach(live, self.connection)
        if live.interviewer == "llm" and self.hub.llm_settings is None and not interview.state.ended:
            await self.hub.turn(live, lambda: interview.fall_back("this server has no LLM configured any more"))
        await self.reply({"type": "ack", "id": message_id})

    # ---------------------------------------------------------------- actions
    # Each checks its message at once (raising Refused) and returns the work to do.

    def on_answer(self, message: dict):
        text, question_id, live = message["text"], message["question_id"], self.live
        self.quotas.charge_session(live.id, len(text.encode("utf-8")))

        async def work():
            await live.interview.record_answer(text, question_id)   # on disk before the interviewer thinks
            await self.hub.turn(live, live.interview.respond)
        return work()

    def _code(self, message: dict) -> tuple[str, str]:
        exercise, code = message["exercise"], message["code"]
        size = len(code.encode("utf-8"))
        if size > MAX_CODE_BYTES:
            raise Refused("code_too_large", f"code is limited to {MAX_CODE_BYTES >> 10} KB")
        self.quotas.charge_session(self.live.id, size)
        return exercise, code

    def on_code(self, message: dict):
        exercise, code = self._code(message)
        return self.live.interview.change_code(exercise, code)

    def on_run(self, message: dict, suite: str = "examples"):
        if self.live.running and not self.live.running.done():
            raise Refused("busy", "a run is already in progress; its verdict is on the way")
        exercise, code = self._code(message)

        async def work():
            return {"run_id": await self.hub.run_code(self.live, exercise, code, suite)}
        return work()

    def on_submit(self, message: dict):
        return self.on_run(message, suite="hidden")

    def on_hint(self, message: dict):
        return self.hub.interrupt(self.live, self.live.interview.hint)

    def on_skip(self, message: dict):
        return self.hub.interrupt(self.live, self.live.interview.skip)

    def on_end(self, message: dict):
        return self.hub.interrupt(self.live, self.live.interview.end)

    def on_cancel(self, message: dict):
        """Stop waiting for the interviewer: what it is saying (or the grades the end waits for) finish offline."""
        async def work():
            self.live.interview.hurry()
        return work()
