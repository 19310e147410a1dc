"""Live sessions: an `Interview` per session, its connections, its clock and its code runs.

Every event an interview produces goes through `_sink`: appended to the store (one
SQLite transaction) and only then broadcast, so nothing a client saw can be lost. A
session is rebuilt from its stored events whenever it is not in memory (a server
restart, or simply a reconnect later); runs that were in flight when the server died
are started again, and grades and replies a crash cut short are finished (`recover`).

A session is live in one hub at a time, even when several servers share the store: the hub
takes the session's lease (`Store.take_lease`) before it drives it, renews the leases of
its live sessions from its ticker, and lets go of them when a session leaves memory or the
server stops. A session whose lease another server holds is refused (`leased`); one whose
lease was lost (this server stood still past its expiry and another took over) leaves
memory at once, and the store refuses any event a late task of ours still tries to write.

Nothing here makes a connection wait for a model. What the interviewer does (start,
react to an answer, give a hint, skip, end, react to a verdict, move on when time is
up) happens in *turns*: one at a time per session, in order, in tasks of their own,
under the session's lock. A turn can take seconds with an LLM; meanwhile the socket is
read, pings are answered, code is saved, and other sessions' messages and timers carry
on (the ticker never waits for a lock). What the candidate says is committed at once,
outside the turn, and a turn in progress can be cut short (`hurry`): a hint, a skip, an
end or a cancel makes the interviewer finish its sentence in the offline wording.
While the interviewer thinks, the session's connections are told (`thinking` frames).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from interviewer.choose import choose_grader, choose_voice
from interviewer.engine import Interview, InterviewError
from server.store import StoreError

log = logging.getLogger("hotseat.server")
TIMER_EVERY = 5.0
IDLE_EVICT = 600.0  # seconds without a connection before a session leaves memory (it stays in the store)
LEASE_SECONDS = 30.0   # a live session's lease, renewed every third of it
T = TypeVar("T")


def exercise_followups(exercise_id: str) -> list[str]:
    """What the interviewer asks after a Submit, from the exercise's prompt (frozen at a session's start)."""
    from reference import UnknownExercise, get

    try:
        return list(get(exercise_id).prompt.followups)
    except UnknownExercise:
        return []


class Connection(Protocol):
    async def send(self, message: dict[str, Any]) -> None: ...


@dataclass
class LiveSession:
    id: str
    interview: Interview | None
    started_wall: float
    interviewer: str
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)   # held by the turn in progress
    connections: set = field(default_factory=set)
    running: asyncio.Task | None = None
    last_timer: float = 0.0
    left_at: float | None = None   # monotonic time its last connection closed

    @property
    def in_turn(self) -> bool:
        return self.lock.locked()


class SessionHub:
    def __init__(self, store, rubric_store, runner, llm_settings=None, lease_seconds: float = LEASE_SECONDS):
        self.store = store
        self.rubric_store = rubric_store
        self.runner = runner
        self.llm_settings = llm_settings
        self.lease_seconds = lease_seconds
        self.live: dict[str, LiveSession] = {}
        self._renewed = 0.0   # monotonic time of the last lease renewal
        self._ticker: asyncio.Task | None = None
        self._tasks: set[asyncio.Task] = set()
        self._runner_ready: asyncio.Event | None = None

    def set_runner(self, runner) -> None:
        """The code runner (or its stand-in) is ready; runs that waited for it proceed."""
        self.runner = runner
        self._ready_event().set()

    def _ready_event(self) -> asyncio.Event:
        if self._runner_ready is None:
            self._runner_ready = asyncio.Event()
            if self.runner is not None:
                self._runner_ready.set()
        return self._runner_ready

    # ----------------------------------------------------------- lifecycle

    def start(self) -> None:
        self._ticker = asyncio.get_running_loop().create_task(self._tick_forever())

    async def close(self) -> None:
        if self._ticker:
            self._ticker.cancel()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for live in self.live.values():
            await live.interview.close()
        try:   # another server may take these sessions at once, instead of after the leases run out
            self.store.release_lease()
        except Exception:
            log.exception("could not release the leases")

    # ----------------------------------------------------------- sessions

    def _build(self, session_id: str, started_wall: float, interviewer: str, events: list[dict]) -> LiveSession:
        live = LiveSession(session_id, None, started_wall, interviewer)

        async def sink(event: dict) -> None:
            with told_as_refusal():
                seq = self.store.append(session_id, event)  # committed first, then told
            await self._broadcast(live, {"type": "event", "seq": seq, "event": event})
            if event["type"] == "section_started":  # the state applies it after the sink: time from the event
                total = event["minutes"] * 60
                live.last_timer = time.monotonic()
                await self._broadcast(live, {"type": "timer", "section": event["section"], "kind": event["kind"],
                                             "elapsed": 0.0, "remaining": float(total), "total": total})

        async def on_token(text: str) -> None:
            await self._broadcast(live, {"type": "token", "text": text})

        async def on_status(status: dict) -> None:
            await self._broadcast(live, {"type": "thinking", **status})

        settings = self.llm_settings if interviewer == "llm" else None
        live.interview = Interview(self.rubric_store.rubric, grader=choose_grader(settings),
                                   voice=choose_voice(settings), clock=lambda: time.time() - started_wall,
                                   events=events, sink=sink, on_token=on_token, on_status=on_status,
                                   exercise_followups=exercise_followups)
        return live

    async def create(self, role_id: str, interviewer: str, owner_token: str | None):
        with told_as_refusal():
            new = self.store.create_session(role_id, interviewer, owner_token=owner_token)
            self.store.take_lease(new.session_id, self.lease_seconds)
            row = self.store.session(new.session_id)
        live = self._build(new.session_id, row["started_wall"], interviewer, [])
        self.live[new.session_id] = live
        return live, new

    def get(self, session_id: str) -> LiveSession | None:
        """The live session, rebuilding it from the store when it is not in memory.

        Raises `InterviewError("leased")` when another server drives the session.
        """
        if session_id in self.live:
            return self.live[session_id]
        with told_as_refusal():
            row = self.store.session(session_id)
            if row is None:
                return None
            self.store.take_lease(session_id, self.lease_seconds)   # before reading: no event slips in after
            events = self.store.events(session_id)
        live = self._build(session_id, row["started_wall"], row["interviewer"], events)
        self.live[session_id] = live
        pending = [r for r in live.interview.state.runs.values() if r.verdict is None]
        for run in pending:  # the server died while these ran: run them again
            self._spawn(self._judge(live, run.run_id, run.exercise, run.code, run.suite))
        state = live.interview.state
        if not state.ended and (state.ungraded or state.awaiting_reply is not None):
            self._spawn(self.turn(live, live.interview.recover))   # grades and a reply a crash cut short
        return live

    def forget(self, session_id: str) -> None:
        """Drop a session from memory (deleted, or driven elsewhere now): its runs stop, its
        connections stay open but hear nothing more."""
        live = self.live.pop(session_id, None)
        if live and live.running:
            live.running.cancel()
        if live:
            self._spawn(live.interview.close())

    async def _renew_leases(self) -> None:
        """Keep the leases of the live sessions; a session another server took over leaves memory."""
        if not self.live or time.monotonic() - self._renewed < self.lease_seconds / 3:
            return
        self._renewed = time.monotonic()
        try:
            lost = self.store.renew_leases(list(self.live), self.lease_seconds)
        except Exception:   # a full disk or a busy file: try again next second, the lease is not gone yet
            log.exception("could not renew the leases")
            self._renewed = 0.0
            return
        for session_id in lost:
            live = self.live.get(session_id)
            if live is None:
                continue
            log.warning("session %s is driven by another server now; it leaves this one", session_id)
            self.forget(session_id)
            await self._broadcast(live, {"type": "error", "id": None, "code": "leased",
                                         "message": "another server has taken over this session; reconnect"})

    # ----------------------------------------------------------- turns

    async def turn(self, live: LiveSession, action: Callable[[], Awaitable[T]]) -> T:
        """Run `action` as the session's next turn: after the turns before it, alone."""
        async with live.lock:
            return await action()

    async def interrupt(self, live: LiveSession, action: Callable[[], Awaitable[T]]) -> T:
        """Cut the turn in progress short (its words finish offline), then run `action` next."""
        live.interview.hurry()
        return await self.turn(live, action)

    # ----------------------------------------------------------- connections

    async def attach(self, live: LiveSession, connection: Connection) -> None:
        live.connections.add(connection)
        live.left_at = None
        await self._send_timer(live, connection)
        status = live.interview.status()
        if status["speaking"] or status["grading"]:
            await connection.send({"type": "thinking", **status})

    def detach(self, live: LiveSession, connection: Connection) -> None:
        live.connections.discard(connection)
        if not live.connections:
            live.left_at = time.monotonic()

    def _evict_idle(self) -> None:
        """Sessions nobody is connected to leave memory; `get` rebuilds them from the store."""
        now = time.monotonic()
        for session_id, live in list(self.live.items()):
            idle = live.left_at is not None and now - live.left_at > IDLE_EVICT
            busy = live.in_turn or (live.running and not live.running.done()) or live.interview.status()["grading"]
            if idle and not live.connections and not busy:
                del self.live[session_id]
                try:
                    self.store.release_lease(session_id)
                except Exception:   # it expires by itself
                    log.exception("could not release the lease of %s", session_id)

    async def _broadcast(self, live: LiveSession, message: dict) -> None:
        for connection in list(live.connections):
            try:
                await connection.send(message)
            except Exception:  # a closed socket: it will be detached by its own handler
                live.connections.discard(connection)

    # ----------------------------------------------------------- code

    async def run_code(self, live: LiveSession, exercise: str, code: str, suite: str) -> str:
        """Record the run now; judge it outside any turn; the verdict comes later.

        What is judged is the code as stored (`code_ran`), so a replay shows what ran, and a
        run re-started after a crash runs the same text.
        """
        run_id = await live.interview.run_code(exercise, code, suite)
        stored = live.interview.state.runs[run_id].code
        live.running = self._spawn(self._judge(live, run_id, exercise, stored, suite))
        return run_id

    async def _judge(self, live: LiveSession, run_id: str, exercise: str, code: str, suite: str) -> None:
        from kernels.verdict import error_verdict

        try:
            await self._ready_event().wait()  # just after a start, kernels may still be warming up
            # Runs queue per session (judged in order); whatever the code does, the answer is a Verdict.
            verdict = await self.runner.check(exercise, code, suite, session=live.id)
        except Exception as exc:  # not even a check (an unknown exercise): a verdict that says so, not silence
            log.exception("code run failed")
            verdict = error_verdict(exercise, suite, f"the code could not be run: {exc}")
        try:
            react = await live.interview.record_verdict(run_id, verdict.as_dict())   # seen at once
        except Exception as exc:
            # A run left without a verdict is pending for ever, and judged again (failing again) after
            # every restart: a verdict the store refuses is replaced by a failed one that says so.
            log.exception("the verdict of %s could not be stored", run_id)
            failed = error_verdict(exercise, suite, f"the verdict could not be stored ({type(exc).__name__}); "
                                                    "please run the code again")
            try:
                react = await live.interview.record_verdict(run_id, failed.as_dict())
            except Exception:   # not even that (the disk is full): the next start judges the run again
                log.exception("the failed verdict of %s could not be stored either", run_id)
                return
        if react:
            await self.turn(live, lambda: live.interview.react_to_verdict(run_id))

    def _spawn(self, coroutine) -> asyncio.Task:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_log_failure)
        return task

    # ----------------------------------------------------------- time

    async def _tick_forever(self) -> None:
        """Once a second: sessions whose section ran out move on (in a turn of their own, never
        waited for here), and every session hears its clock every few seconds."""
        while True:
            await asyncio.sleep(1.0)
            self._evict_idle()
            await self._renew_leases()
            for live in list(self.live.values()):
                state = live.interview.state
                if not live.connections or state.ended:
                    continue
                try:
                    if (state.section >= 0 and live.interview.clock() >= state.section_deadline()
                            and not live.in_turn):
                        self._spawn(self._tick(live))
                    if time.monotonic() - live.last_timer >= TIMER_EVERY:
                        await self._send_timer(live)
                except Exception:
                    log.exception("tick failed for %s", live.id)

    async def _tick(self, live: LiveSession) -> None:
        if await self.turn(live, live.interview.tick):
            await self._send_timer(live)

    def timer(self, live: LiveSession) -> dict | None:
        state = live.interview.state
        if state.section < 0 or state.ended:
            return None
        total = state.plan[state.section]["minutes"] * 60
        elapsed = max(0.0, time.time() - live.started_wall - state.section_started_at)
        return {"type": "timer", "section": state.section, "kind": state.section_kind,
                "elapsed": round(elapsed, 1), "remaining": round(max(0.0, total - elapsed), 1), "total": total}

    async def _send_timer(self, live: LiveSession, connection: Connection | None = None) -> None:
        message = self.timer(live)
        if message is None:
            return
        live.last_timer = time.monotonic()
        if connection:
            await connection.send(message)
        else:
            await self._broadcast(live, message)


@contextlib.contextmanager
def told_as_refusal():
    """A store failure (full disk, damaged file) reaches the candidate as an error naming it
    (`InterviewError`: the socket answers with its code and message), not as "internal"."""
    try:
        yield
    except StoreError as exc:
        raise InterviewError(exc.code, exc.message) from exc


def _log_failure(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("session task failed", exc_info=task.exception())
