"""`hotseat simulate`: N simulated candidates interviewing at once against a running server.

    hotseat simulate --sessions 10 --answers 4            # a summary table
    hotseat simulate --sessions 3 --json                  # one JSON object
    python -m clients.simulate --url http://127.0.0.1:8123 --sessions 50

Each candidate is a real websocket client speaking protocol v1 (docs/protocol.md):
it starts an interview (roles in rotation), answers K questions from the rubric's own
key points (some strong, some weak), asks for a hint now and then, pings the server,
and when the coding question comes it Runs a wrong solution (the exercise's starter
code) and Submits the reference solution (`reference/solutions/`). Then it ends the
interview and waits for the scorecard. Candidates past their K answers skip ahead to
the coding question, so every candidate exercises a kernel.

Measured per candidate, in milliseconds on the client's monotonic clock:

- first_token: from sending `answer` to the first `token` or `interviewer_said` after it
  (this includes grading the answer: it is what a candidate waits before text appears);
- verdict: from sending `run`/`submit` to its `verdict` event (queueing for a kernel included);
- round_trip: `ping` -> `pong`;
- answer_turn: from sending `answer` to its `ack` (everything the answer caused, stored and sent).

A well-behaved client: every wait has a timeout, every loop a bound, each session a
deadline; it only talks to loopback addresses; it stops by itself.

Library use (the load benchmark): `report = run_simulation(url, sessions=10)` or
`await simulate(...)`; `report.summary()` is the JSON-ready dict, `report.text()` the table.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import ipaddress
import json
import random
import socket
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
METRICS = ("first_token", "verdict", "round_trip", "answer_turn")
SEND_RATE, SEND_BURST = 10.0, 20.0   # this client's own pacing, half the server's limit
WEAK_ANSWERS = (
    "I'm not completely sure. I think it mostly depends on the data, so I would try a few things and see.",
    "Honestly I would just use whatever the library does by default; it usually works well enough.",
    "It's about making the model better. {fragment}, I think, but I can't say much more.",
)
CANDIDATE_QUESTIONS = (
    "What does a typical week look like for the team?",
    "How do you measure success for this role in the first six months?",
    "How does the team decide which models make it to production?",
)


class SimulationError(Exception):
    pass


# --------------------------------------------------------------------------- results


@dataclass
class CandidateResult:
    index: int
    role: str
    seed: int
    session_id: str | None = None
    completed: bool = False            # the scorecard arrived
    ended: str | None = None           # session_ended reason
    overall: float | None = None
    band: str | None = None
    answers: int = 0
    hints: int = 0
    skips: int = 0
    runs: int = 0
    events: int = 0
    seconds: float = 0.0
    reference_passed: bool | None = None
    samples: dict[str, list[float]] = field(default_factory=lambda: {m: [] for m in METRICS})
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "role": self.role, "seed": self.seed, "session_id": self.session_id,
                "completed": self.completed, "ended": self.ended, "overall": self.overall, "band": self.band,
                "answers": self.answers, "hints": self.hints, "skips": self.skips, "runs": self.runs,
                "events": self.events, "seconds": round(self.seconds, 3),
                "reference_passed": self.reference_passed,
                "samples_ms": {m: [round(v, 2) for v in s] for m, s in self.samples.items()},
                "errors": self.errors}


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil(n * q / 100), at least 1
    return ordered[int(min(rank, len(ordered))) - 1]


def stats(values: list[float]) -> dict[str, Any]:
    rounded = lambda v: None if v is None else round(v, 2)  # noqa: E731
    return {"n": len(values), "p50": rounded(percentile(values, 50)), "p95": rounded(percentile(values, 95)),
            "max": rounded(max(values) if values else None),
            "mean": rounded(sum(values) / len(values) if values else None)}


@dataclass
class SimulationReport:
    url: str
    sessions: int
    answers: int
    seed: int
    seconds: float
    candidates: list[CandidateResult]

    @property
    def completed(self) -> int:
        return sum(c.completed for c in self.candidates)

    @property
    def errors(self) -> list[str]:
        return [f"candidate {c.index}: {e}" for c in self.candidates for e in c.errors]

    @property
    def ok(self) -> bool:
        return self.completed == self.sessions and not self.errors

    def samples(self, metric: str) -> list[float]:
        return [v for c in self.candidates for v in c.samples[metric]]

    def summary(self, with_candidates: bool = True) -> dict[str, Any]:
        out = {"url": self.url, "sessions": self.sessions, "answers": self.answers, "seed": self.seed,
               "seconds": round(self.seconds, 3), "completed": self.completed,
               "with_scorecard": sum(c.overall is not None for c in self.candidates),
               "reference_passed": sum(bool(c.reference_passed) for c in self.candidates),
               "errors": self.errors, "ok": self.ok,
               "metrics": {f"{m}_ms": stats(self.samples(m)) for m in METRICS}}
        if with_candidates:
            out["candidates"] = [c.as_dict() for c in self.candidates]
        return out

    def text(self) -> str:
        def ms(v):
            return "-" if v is None else f"{v:.1f}"

        lines = [f"{self.sessions} simulated candidates against {self.url}, {self.answers} answers each, "
                 f"seed {self.seed}: {self.seconds:.1f} s",
                 f"{'metric':<14}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}{'mean ms':>10}"]
        for metric in METRICS:
            s = stats(self.samples(metric))
            lines.append(f"{metric:<14}{s['n']:>6}{ms(s['p50']):>10}{ms(s['p95']):>10}{ms(s['max']):>10}"
                         f"{ms(s['mean']):>10}")
        lines.append(f"sessions completed with a scorecard: {self.completed}/{self.sessions}; "
                     f"reference solutions passed: {sum(bool(c.reference_passed) for c in self.candidates)}"
                     f"/{self.sessions}; errors: {len(self.errors)}")
        for error in self.errors[:10]:
            lines.append(f"  {error}")
        if len(self.errors) > 10:
            lines.append(f"  ... and {len(self.errors) - 10} more")
        return "\n".join(lines)


# --------------------------------------------------------------------------- answers


class Answers:
    """Answers built from the rubric: a question's key-point statements (strong) or a vague line (weak)."""

    def __init__(self):
        from rubric import load_rubric

        self.rubric = load_rubric()

    def question(self, question_id: str | None):
        try:
            return self.rubric.question(question_id) if question_id else None
        except Exception:  # the server's rubric may have questions this copy does not
            return None

    def strong(self, question_id: str | None, targets: list[str] | None) -> str:
        question = self.question(question_id)
        if question is None:
            return "I would start from a simple baseline, measure it on held-out data, then iterate."
        points = [kp for kp in question.key_points if not targets or kp.id in targets] or question.key_points
        return " ".join(f"{kp.point.rstrip('.')}, because that is what matters here." for kp in points)

    def weak(self, question_id: str | None, rng: random.Random) -> str:
        question = self.question(question_id)
        fragment = "Something about the loss"
        if question is not None and question.key_points:
            words = rng.choice(question.key_points).point.split()
            fragment = " ".join(words[: max(3, len(words) // 3)]).rstrip(".,;")
        return rng.choice(WEAK_ANSWERS).format(fragment=fragment)


_ANSWERS: Answers | None = None


def answers_source() -> Answers:
    """The rubric is loaded once per process (the benchmark simulates many rounds)."""
    global _ANSWERS
    if _ANSWERS is None:
        _ANSWERS = Answers()
    return _ANSWERS


@functools.lru_cache(maxsize=None)
def reference_code(exercise: str) -> str:
    from reference import get

    return (ROOT / "reference" / "solutions" / f"{get(exercise).solution}.py").read_text()


@functools.lru_cache(maxsize=None)
def wrong_code(exercise: str) -> str:
    """The starter code the candidate is shown: it raises NotImplementedError, so every test fails."""
    from reference import get

    try:
        return get(exercise).prompt.starter
    except Exception:
        return "def nothing():\n    pass\n"


# --------------------------------------------------------------------------- one candidate


class Candidate:
    def __init__(self, index: int, ws_url: str, role: str, seed: int, answers: int, answers_source: Answers,
                 *, wait_timeout: float, verdict_timeout: float, hint_rate: float, weak_rate: float,
                 think: float):
        from interviewer.state import State

        self.ws_url, self.answers_wanted, self.source = ws_url, answers, answers_source
        self.wait_timeout, self.verdict_timeout = wait_timeout, verdict_timeout
        self.hint_rate, self.weak_rate, self.think = hint_rate, weak_rate, think
        self.rng = random.Random(f"{seed}:{index}")
        self.result = CandidateResult(index, role, seed)
        self.state = State()
        self.replies: dict[str, list[dict]] = {}
        self.verdicts: dict[str, float] = {}         # run_id -> arrival time
        self.changed = asyncio.Event()
        self.closed: str | None = None
        self.socket = None
        self._ids = 0
        self._allowance, self._allowance_at = SEND_BURST, time.perf_counter()
        self._speech_since: float | None = None      # an answer was sent; its first token is awaited

    # ------------------------------------------------------------- wire

    async def _read(self) -> None:
        from interviewer.state import apply

        try:
            async for raw in self.socket:
                now = time.perf_counter()
                message = json.loads(raw)
                kind = message.get("type")
                if kind == "event":
                    if message.get("seq") != self.state.count:
                        self.result.errors.append(f"event seq {message.get('seq')} arrived, expected "
                                                  f"{self.state.count}")
                    event = message["event"]
                    apply(self.state, event)
                    if event["type"] == "interviewer_said":
                        self._spoke(now)
                    elif event["type"] == "verdict":
                        self.verdicts.setdefault(event["run_id"], now)
                elif kind == "token":
                    self._spoke(now)
                elif kind == "error":
                    self.result.errors.append(f"error {message.get('code')}: {message.get('message')}")
                if message.get("id") is not None and kind in ("session", "ack", "error", "pong"):
                    self.replies.setdefault(str(message["id"]), []).append(message)
                self.changed.set()
        except Exception as exc:  # connection closed or broken: the waiters hear of it
            self.closed = f"{type(exc).__name__}: {exc}"
        else:
            self.closed = "the server closed the connection"
        self.changed.set()

    def _spoke(self, now: float) -> None:
        if self._speech_since is not None:
            self.result.samples["first_token"].append((now - self._speech_since) * 1000)
            self._speech_since = None

    async def _wait(self, condition: Callable[[], Any], what: str, timeout: float | None = None) -> Any:
        timeout = self.wait_timeout if timeout is None else timeout
        deadline = time.perf_counter() + timeout
        while True:
            value = condition()
            if value:
                return value
            if self.closed:
                raise SimulationError(f"connection lost while waiting for {what}: {self.closed}")
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise SimulationError(f"no {what} within {timeout:.0f} s")
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), remaining)
            except asyncio.TimeoutError:
                pass

    async def send(self, message: dict) -> str:
        # Stay well under the server's 20 messages a second per connection (burst 40).
        now = time.perf_counter()
        self._allowance = min(SEND_BURST, self._allowance + (now - self._allowance_at) * SEND_RATE)
        self._allowance_at = now
        if self._allowance < 1:
            await asyncio.sleep((1 - self._allowance) / SEND_RATE)
            self._allowance, self._allowance_at = 1.0, time.perf_counter()
        self._allowance -= 1
        self._ids += 1
        message_id = f"c{self._ids}"
        await self.socket.send(json.dumps({"v": 1, "id": message_id, **message}))
        return message_id

    def _final(self, message_id: str) -> dict | None:
        for reply in self.replies.get(message_id, []):
            if reply["type"] in ("ack", "error", "pong"):
                return reply
        return None

    async def request(self, message: dict, timeout: float | None = None) -> dict:
        """Send, then wait for the `ack`, `error` or `pong` answering it."""
        message_id = await self.send(message)
        return await self._wait(lambda: self._final(message_id), f"reply to {message['type']}", timeout)

    async def pause(self) -> None:
        if self.think > 0:
            await asyncio.sleep(self.think * self.rng.uniform(0.5, 1.5))

    # ------------------------------------------------------------- actions

    async def ping(self) -> None:
        began = time.perf_counter()
        reply = await self.request({"type": "ping", "t": time.time()})
        if reply["type"] == "pong":
            self.result.samples["round_trip"].append((time.perf_counter() - began) * 1000)

    async def answer(self, text: str) -> None:
        await self.pause()
        self._speech_since = began = time.perf_counter()
        reply = await self.request({"type": "answer", "text": text})
        self._speech_since = None  # whatever was not spoken before the ack is not an answer's first token
        if reply["type"] == "ack":
            self.result.samples["answer_turn"].append((time.perf_counter() - began) * 1000)
            self.result.answers += 1

    async def hint(self) -> None:
        await self.pause()
        if (await self.request({"type": "hint"}))["type"] == "ack":
            self.result.hints += 1

    async def skip(self) -> None:
        if (await self.request({"type": "skip"}))["type"] == "ack":
            self.result.skips += 1
        else:
            raise SimulationError("could not skip ahead to the coding question")

    async def run_code(self, kind: str, exercise: str, code: str) -> dict | None:
        """Run or Submit; returns the verdict (its latency is recorded)."""
        await self.pause()
        began = time.perf_counter()
        reply = await self.request({"type": kind, "exercise": exercise, "code": code})
        if reply["type"] != "ack":
            return None
        run_id = reply["run_id"]
        self.result.runs += 1
        arrived = await self._wait(lambda: self.verdicts.get(run_id), f"verdict of {kind} {run_id}",
                                   self.verdict_timeout)
        self.result.samples["verdict"].append((arrived - began) * 1000)
        run = self.state.runs.get(run_id)
        return run.verdict if run else None

    async def code_round(self, exercise: str) -> None:
        """Type the starter, Run it (it fails), then Submit the reference solution (it passes)."""
        await self.request({"type": "code", "exercise": exercise, "code": wrong_code(exercise)})
        wrong = await self.run_code("run", exercise, wrong_code(exercise))
        if wrong is not None and wrong.get("passed"):
            self.result.errors.append(f"the starter code of {exercise} passed its examples")
        right = await self.run_code("submit", exercise, reference_code(exercise))
        self.result.reference_passed = bool(right and right.get("passed"))
        if right is not None and not right.get("passed"):
            detail = right.get("error") or next((t.get("message") for t in right.get("tests", [])
                                                 if not t.get("passed")), "")
            self.result.errors.append(f"the reference solution of {exercise} failed: {str(detail)[:200]}")

    # ------------------------------------------------------------- the interview

    def _exercise_pending(self) -> bool:
        """The plan still has a coding question this candidate has not submitted."""
        if self.result.reference_passed is not None:
            return False
        for section in self.state.plan[max(0, self.state.section):]:
            for question_id in section["questions"]:
                question = self.source.question(question_id)
                if question is not None and question.exercise:
                    return True
        return False

    async def play(self) -> None:
        import websockets

        async with websockets.connect(self.ws_url, open_timeout=10, close_timeout=5, max_size=4 << 20,
                                      ping_interval=None) as socket_:
            self.socket = socket_
            reader = asyncio.create_task(self._read())
            try:
                await self._interview()
            finally:
                reader.cancel()
                await asyncio.gather(reader, return_exceptions=True)

    async def _interview(self) -> None:
        r = self.result
        message_id = await self.send({"type": "start", "role": r.role,
                                      "options": {"interviewer": "offline", "seed": r.seed}})
        started = await self._wait(lambda: self._final(message_id), "reply to start")
        if started["type"] != "ack":
            raise SimulationError(f"start refused: {started.get('code')}: {started.get('message')}")
        session = next((m for m in self.replies[message_id] if m["type"] == "session"), {})
        r.session_id = session.get("session_id")
        await self.ping()
        asked_hint_for: set[str] = set()
        for _ in range(4 * self.answers_wanted + 40):  # bounded: an interview is a few dozen turns
            state = self.state
            if state.ended:
                break
            current = state.current
            if current is None:
                if state.section_kind == "candidate_questions":
                    await self.answer(self.rng.choice(CANDIDATE_QUESTIONS))  # the reply ends the interview
                    continue
                # Between questions (a section moving on): let the server speak first.
                count = state.count
                await self._wait(lambda: self.state.count > count or self.state.current, "the next question",
                                 timeout=5)
                continue
            if current.exercise and self.result.reference_passed is None:
                await self.code_round(current.exercise)
                await self.ping()
                continue
            if r.answers >= self.answers_wanted:
                if self._exercise_pending():
                    await self.skip()
                    continue
                break
            if (current.target is None and current.question_id not in asked_hint_for
                    and self.rng.random() < self.hint_rate):
                asked_hint_for.add(current.question_id)
                await self.hint()
            if self.rng.random() < self.weak_rate:
                await self.answer(self.source.weak(current.question_id, self.rng))
            else:
                await self.answer(self.source.strong(current.question_id, current.target))
            if r.answers % 2 == 0:
                await self.ping()
        else:
            r.errors.append("the interview did not end within its step budget")
        await self.ping()
        if not self.state.ended:
            reply = await self.request({"type": "end"})
            if reply["type"] != "ack":
                raise SimulationError(f"end refused: {reply.get('code')}")
        await self._wait(lambda: self.state.scorecard, "scorecard")
        card = self.state.scorecard or {}
        r.completed, r.ended = True, self.state.ended
        r.overall, r.band = card.get("overall"), card.get("band")


async def _play_one(candidate: Candidate, session_timeout: float) -> CandidateResult:
    began = time.perf_counter()
    result = candidate.result
    try:
        await asyncio.wait_for(candidate.play(), session_timeout)
    except asyncio.TimeoutError:
        result.errors.append(f"the session did not finish within {session_timeout:.0f} s")
    except SimulationError as exc:
        result.errors.append(str(exc))
    except Exception as exc:  # refused connection, protocol failure: reported, never raised
        result.errors.append(f"{type(exc).__name__}: {exc}")
    result.seconds = time.perf_counter() - began
    result.events = candidate.state.count
    return result


# --------------------------------------------------------------------------- many candidates


def check_loopback(url: str) -> tuple[str, str]:
    """(http base, websocket url) for a loopback server; anything else is refused."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    if parts.scheme not in ("http", "https", "ws", "wss"):
        raise ValueError(f"unsupported scheme in {url!r}")
    host = parts.hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, parts.port or 80)}
    except socket.gaierror as exc:
        raise ValueError(f"cannot resolve {host!r}: {exc}") from None
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
        raise ValueError(f"{host!r} is not a loopback address: the simulator only loads a server on this machine")
    secure = parts.scheme in ("https", "wss")
    netloc = parts.netloc
    return f"{'https' if secure else 'http'}://{netloc}", f"{'wss' if secure else 'ws'}://{netloc}/ws"


def server_roles(http_base: str) -> list[str]:
    with urllib.request.urlopen(f"{http_base}/api/roles", timeout=10) as response:
        return sorted(role["id"] for role in json.load(response))


async def simulate(url: str = "http://127.0.0.1:8000", sessions: int = 1, answers: int = 4, seed: int = 0, *,
                   roles: list[str] | None = None, wait_timeout: float = 60.0, verdict_timeout: float = 180.0,
                   session_timeout: float = 600.0, hint_rate: float = 0.3, weak_rate: float = 0.3,
                   think: float = 0.0) -> SimulationReport:
    """Play `sessions` candidates at once against the server at `url`; never raises for a failed session."""
    if sessions < 1 or answers < 0:
        raise ValueError("sessions must be at least 1 and answers at least 0")
    http_base, ws_url = check_loopback(url)
    roles = roles or await asyncio.to_thread(server_roles, http_base)
    source = await asyncio.to_thread(answers_source)
    candidates = [Candidate(i, ws_url, roles[i % len(roles)], seed + i, answers, source,
                            wait_timeout=wait_timeout, verdict_timeout=verdict_timeout, hint_rate=hint_rate,
                            weak_rate=weak_rate, think=think) for i in range(sessions)]
    began = time.perf_counter()
    results = await asyncio.gather(*(_play_one(c, session_timeout) for c in candidates))
    return SimulationReport(http_base, sessions, answers, seed, time.perf_counter() - began, list(results))


def run_simulation(url: str = "http://127.0.0.1:8000", sessions: int = 1, answers: int = 4, seed: int = 0,
                   **options: Any) -> SimulationReport:
    """`simulate` for synchronous callers (the load benchmark, tests)."""
    return asyncio.run(simulate(url, sessions, answers, seed, **options))


# --------------------------------------------------------------------------- command line


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hotseat simulate",
                                     description="Play N simulated candidates at once against a running "
                                                 "hotseat server (loopback only) and report latencies.")
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="the server (default: %(default)s)")
    parser.add_argument("--sessions", type=int, default=1, metavar="N", help="candidates at once (default: 1)")
    parser.add_argument("--answers", type=int, default=4, metavar="K",
                        help="answers per candidate before it skips to the coding question and ends (default: 4)")
    parser.add_argument("--seed", type=int, default=0, help="seeds answers, hints and question plans (default: 0)")
    parser.add_argument("--role", action="append", dest="roles", metavar="ROLE",
                        help="only this role (repeatable; default: every role of the server, in rotation)")
    parser.add_argument("--think", type=float, default=0.0, metavar="SECONDS",
                        help="mean pause before each action (default: 0, as fast as the server answers)")
    parser.add_argument("--timeout", type=float, default=600.0, metavar="SECONDS",
                        help="deadline for each whole session (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Exit 0 when every session reached its scorecard without an error, 1 otherwise, 2 for usage errors."""
    args = build_parser().parse_args(argv)
    if args.sessions < 1 or args.sessions > 1000 or args.answers < 0 or args.answers > 100:
        print("hotseat simulate: --sessions is 1..1000 and --answers 0..100", file=sys.stderr)
        return 2
    try:
        report = run_simulation(args.url, args.sessions, args.answers, args.seed, roles=args.roles,
                                think=args.think, session_timeout=args.timeout)
    except ValueError as exc:
        print(f"hotseat simulate: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # nothing listening, or /api/roles failed
        print(f"hotseat simulate: cannot reach {args.url}: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report.summary()) if args.json else report.text())
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
