"""`hotseat interview --role R`: a whole interview in the terminal, through the same server the browser uses.

The command starts the web server in-process on a free loopback port (same data folder
as `hotseat serve`, so the session can be opened, replayed and scored in the browser
later) and talks to it over the websocket, exactly as the room does: the same protocol,
the same turns, the same concurrency. Answers end with an empty line. Commands: /hint,
/skip, /end, /time, /prompt, /code FILE (load your solution), /run (visible examples),
/submit (hidden tests), /help. Ctrl+C while the interviewer is thinking stops waiting
(its words finish in the offline wording); Ctrl+C at the prompt ends the interview.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import sys
import textwrap
import time
import urllib.request
from dataclasses import replace
from pathlib import Path
from typing import Any, Awaitable, Callable

from interviewer.events import reads, verdict_summary
from interviewer.state import State, apply

HELP = ("Commands: /hint /skip /end /time /prompt /code FILE /run /submit /help"
        "  (an answer ends with an empty line; Ctrl+C stops waiting for the interviewer)")
SECTION_NAMES = {"breadth": "Breadth", "coding": "Coding", "system_design": "System design",
                 "case_study": "Case study", "candidate_questions": "Your questions"}
CATEGORY_NAMES = {"ml_fundamentals": "ML fundamentals", "classical_algorithms": "Classical algorithms",
                  "deep_learning": "Deep learning", "llm_stack": "LLM stack", "ml_system_design": "ML system design",
                  "ml_coding": "ML coding", "case_studies": "Case studies"}

THINKING_NOTE_AFTER = 1.5   # seconds of silence before the terminal says the interviewer is thinking
ReadLine = Callable[[], Awaitable[str | None]]
Write = Callable[[str], None]


async def run_terminal_interview(settings, role_id: str, *, seed: int | None = None, interviewer: str = "offline",
                                 read_line: ReadLine | None = None, write: Write | None = None) -> dict | None:
    """Serve in-process, play the interview over the websocket, return its scorecard (None if cut short)."""
    import uvicorn

    from server.app import create_app

    write = write or _stdout
    logging.getLogger("hotseat").setLevel(logging.ERROR)   # the terminal says what went wrong itself
    app = create_app(replace(settings, host="127.0.0.1", port=0,
                             announce=lambda message: print(message, file=sys.stderr, flush=True)))
    server = _QuietServer(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on",
                                         ws_max_size=1 << 20))
    serving = asyncio.ensure_future(server.serve())
    while not server.started:
        if serving.done():
            serving.result()   # start-up failed: say why
            raise RuntimeError("the interview server did not start")
        await asyncio.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        problem = await _kernels_problem(f"http://127.0.0.1:{port}")
        if problem:   # an interview has a coding exercise: say why it cannot run, before starting
            raise CodeCannotRunHere(problem)
        client = TerminalClient(f"http://127.0.0.1:{port}", read_line or _stdin_line, write)
        return await client.play(role_id, seed=seed, interviewer=interviewer)
    finally:
        server.should_exit = True
        await serving


class CodeCannotRunHere(RuntimeError):
    """The sandbox cannot run candidate code on this machine (the message says why and what to do)."""


async def _kernels_problem(base_url: str, budget: float = 300.0) -> str | None:
    """Wait for the server's kernels (creating their environment may take a minute); their problem, if any."""
    end = time.monotonic() + budget
    while time.monotonic() < end:
        kernels = (await get_json(f"{base_url}/api/health"))["kernels"]
        if kernels.get("ready") or kernels.get("problem"):
            return kernels.get("problem")
        await asyncio.sleep(0.1)
    return "the kernels did not start in time"


class _QuietServer:
    """uvicorn's server without its signal handlers: Ctrl+C belongs to the terminal client."""

    def __new__(cls, config):
        import uvicorn

        class Server(uvicorn.Server):
            def capture_signals(self):
                return contextlib.nullcontext()

        return Server(config)


class TerminalClient:
    """The room, in text: it folds the events it receives with the same reducer and prints them."""

    def __init__(self, base_url: str, read_line: ReadLine, write: Write):
        self.base_url = base_url
        self.read_line, self.write = read_line, write
        self.state = State()
        self.session: dict[str, Any] = {}
        self.code = ""
        self.streamed = False
        self.streamed_text = ""   # what the tokens of the line in progress have said so far
        self.thinking = False
        self.timer: tuple[float, float] | None = None   # (seconds left, monotonic time it was said)
        self.replies: dict[str, asyncio.Future] = {}
        self.ids = 0

    # -------------------------------------------------------------- the socket

    async def play(self, role_id: str, *, seed: int | None, interviewer: str) -> dict | None:
        import websockets

        ws_url = self.base_url.replace("http://", "ws://") + "/ws"
        async with websockets.connect(ws_url, max_size=8 << 20) as socket:
            self.socket = socket
            reader = asyncio.ensure_future(self._read())
            try:
                options = {"interviewer": interviewer, **({"seed": seed} if seed is not None else {})}
                self.write(HELP + "\n")
                reply = await self.request({"type": "start", "role": role_id, "options": options})
                if reply["type"] == "error":
                    self.write(f"hotseat: {reply['message']}\n")
                    return None
                await self._converse()
                await self._until(lambda: self.state.scorecard is not None, 300)
            finally:
                reader.cancel()
        self.write(scorecard_text(self.state.scorecard, self.session))
        return self.state.scorecard

    async def request(self, message: dict) -> dict:
        """Send and wait for the `ack` or `error` answering it (the events it causes come first)."""
        self.ids += 1
        message_id = f"t{self.ids}"
        future = asyncio.get_running_loop().create_future()
        self.replies[message_id] = future
        await self.socket.send(json.dumps({"v": 1, "id": message_id, **message}))
        return await future

    async def _read(self) -> None:
        async for text in self.socket:
            message = json.loads(text)
            kind = message["type"]
            if kind == "session":
                self.session = message
                self._say_session(message)
            elif kind == "event":
                apply(self.state, message["event"])
                self._print_event(message["event"])
            elif kind == "token":
                if not self.streamed:
                    self.write("\ninterviewer> ")
                    self.streamed = True
                self.streamed_text += message["text"]
                self.write(message["text"])
            elif kind == "timer":
                self.timer = (message["remaining"], time.monotonic())
            elif kind == "thinking":
                if message["speaking"] and not self.thinking:
                    asyncio.get_running_loop().call_later(THINKING_NOTE_AFTER, self._note_thinking)
                self.thinking = message["speaking"]
            elif kind in ("ack", "error"):
                future = self.replies.pop(message.get("id"), None)
                if future and not future.done():
                    future.set_result(message)
                elif kind == "error":
                    self.write(f"\n[{message['code']}] {message['message']}\n")

    async def _until(self, done: Callable[[], bool], seconds: float) -> None:
        end = time.monotonic() + seconds
        while not done() and time.monotonic() < end:
            await asyncio.sleep(0.05)

    def _note_thinking(self) -> None:
        """Only a wait worth mentioning is mentioned."""
        if self.thinking and not self.streamed:
            self.write("\n(the interviewer is thinking… Ctrl+C to stop waiting)")

    # -------------------------------------------------------------- the conversation

    async def _converse(self) -> None:
        interrupted = _Interrupts()
        with interrupted:
            while not self.state.ended:
                self.write("\nyou> ")
                text = await self._read_message(interrupted)
                if text is None:   # end of input, or Ctrl+C at the prompt
                    if not self.state.ended:
                        await self._act({"type": "end"}, interrupted)
                    return
                if text.startswith("/"):
                    await self._command(text, interrupted)
                elif text:
                    current = self.state.current
                    await self._act({"type": "answer", "text": text,
                                     **({"question_id": current.question_id} if current else {})}, interrupted)

    async def _read_message(self, interrupted: "_Interrupts") -> str | None:
        lines: list[str] = []
        while True:
            line = await interrupted.race(self.read_line())
            if line is _Interrupts.HIT or line is None:
                return "\n".join(lines).strip() if lines and line is None else None
            if line.startswith("/") and not lines:
                return line.strip()
            if not line.strip():
                if lines:
                    return "\n".join(lines).strip()
                continue
            lines.append(line)

    async def _act(self, message: dict, interrupted: "_Interrupts") -> dict:
        """Send an action; Ctrl+C meanwhile tells the interviewer not to make us wait."""
        pending = asyncio.ensure_future(self.request(message))
        while True:
            result = await interrupted.race(asyncio.shield(pending))
            if result is not _Interrupts.HIT:
                break
            await self.socket.send(json.dumps({"v": 1, "id": "cancel", "type": "cancel"}))
            self.write("\n(not waiting: the interviewer will say it in the offline wording)\n")
        if result["type"] == "error" and result.get("code") != "finished":
            self.write(f"[{result['code']}] {result['message']}\n")
        return result

    async def _command(self, text: str, interrupted: "_Interrupts") -> None:
        command, _, argument = text.partition(" ")
        current = self.state.current
        exercise = current.exercise if current else None
        if command in ("/hint", "/skip", "/end"):
            await self._act({"type": command[1:]}, interrupted)
        elif command == "/time":
            if self.timer:
                left = max(0, int(self.timer[0] - (time.monotonic() - self.timer[1])))
                self.write(f"{left // 60}:{left % 60:02d} left in this section\n")
        elif command == "/prompt" and exercise:
            prompt = await get_json(f"{self.base_url}/api/exercises/{exercise}")
            self.write(f"\n{prompt['title']}\n\n{prompt['statement']}\n\n{prompt['signature']}\n\nStarter:\n"
                       f"{prompt['starter']}\n")
        elif command == "/code":
            try:
                self.code = Path(argument.strip()).expanduser().read_text()
            except OSError as exc:
                self.write(f"cannot read {argument!r}: {exc}\n")
                return
            if exercise:
                await self._act({"type": "code", "exercise": exercise, "code": self.code}, interrupted)
            self.write(f"loaded {len(self.code.splitlines())} lines\n")
        elif command in ("/run", "/submit"):
            if not exercise:
                self.write("there is no coding exercise right now\n")
            elif not self.code:
                self.write("load your code first: /code FILE\n")
            else:
                runs = len(self.state.runs)
                reply = await self._act({"type": command[1:], "exercise": exercise, "code": self.code}, interrupted)
                if reply["type"] == "ack":
                    self.write("(running…)\n")
                    await self._until(lambda: all(r.verdict for r in self.state.runs.values())
                                      and len(self.state.runs) > runs, 120)
                    if command == "/submit":   # the interviewer reacts to a Submit
                        await self._until(lambda: not self.thinking and self.state.awaiting_reply is None, 120)
        else:
            self.write(HELP + "\n")

    # -------------------------------------------------------------- printing

    def _say_session(self, message: dict) -> None:
        self.write(f"Session {message['session_id']} ({message['role']['name']})\n")
        if message.get("interviewer") == "llm":
            self.write(f"LLM interviewer: what you write is sent to {message.get('model') or 'the configured model'}."
                       "\n")

    def _print_event(self, event: dict) -> None:
        line = reads(event)
        kind = event["type"]
        if kind == "interviewer_said":
            text = event["text"]
            if self.streamed and text.startswith(self.streamed_text):   # the line the tokens were saying
                self.write(text[len(self.streamed_text):] + "\n")
                self.streamed, self.streamed_text = False, ""
            elif self.streamed:   # another line (a notice) while a line streams: print it whole, keep streaming
                self.write(f"\n\ninterviewer> {text}\n\ninterviewer> {self.streamed_text}")
            else:
                self.write(f"\ninterviewer> {text}\n")
        elif kind == "section_started":
            self.write(f"\n--- {SECTION_NAMES.get(event['kind'], event['kind'])} "
                       f"({event['minutes']:g} min) ---\n")
        elif kind == "verdict":
            self.write(_verdict_text(event["verdict"]))
        elif kind == "answer_graded" and event["grade"].get("grader", "").startswith("offline (fallback"):
            self.write(f"\n[note] this answer was graded offline: {event['grade']['grader'][19:-1]}\n")
        elif line is not None and line.who == "interviewer":
            self.write(f"\ninterviewer> {line.label.capitalize()}: {line.text}\n")
        elif line is not None and line.who == "system" and kind not in ("answer_graded", "section_started"):
            self.write(f"\n[{line.label.replace('_', ' ')}] {line.text}\n")


class _Interrupts:
    """Ctrl+C as an event the conversation can race against, instead of a KeyboardInterrupt."""

    HIT = object()

    def __init__(self):
        self.hit = asyncio.Event()

    def __enter__(self):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            asyncio.get_running_loop().add_signal_handler(signal.SIGINT, self.hit.set)
        return self

    def __exit__(self, *exc):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            asyncio.get_running_loop().remove_signal_handler(signal.SIGINT)

    async def race(self, work: Awaitable):
        """`work`'s result, or HIT if Ctrl+C comes first (the work goes on, unawaited)."""
        self.hit.clear()
        task = asyncio.ensure_future(work)
        hit = asyncio.ensure_future(self.hit.wait())
        await asyncio.wait({task, hit}, return_when=asyncio.FIRST_COMPLETED)
        hit.cancel()
        return task.result() if task.done() else self.HIT


def _verdict_text(verdict: dict) -> str:
    lines = ["\n[verdict] " + verdict_summary(verdict)]
    for test in verdict.get("tests", []):
        if not test["passed"] and not test["message"].startswith("not run"):
            lines.append(f"  FAIL {test['name']}\n" + textwrap.indent(test["message"][:600], "       "))
    return "\n".join(lines[:20]) + "\n"


def scorecard_text(card: dict | None, session: dict | None = None) -> str:
    if not card:
        return "\n(no scorecard)\n"
    out = [f"\n=== Scorecard: {card['role_name']} ===",
           f"Overall {card['overall']:.0%}: {card['band'].replace('_', ' ').upper()}", "", "By category:"]
    for c in card["categories"]:
        name = CATEGORY_NAMES.get(c["category"], c["category"].replace("_", " "))
        out.append(f"  {name:<22} {c['score']:>5.0%}  (weight {c['weight']}%)")
    out.append("By dimension:")
    for name, value in card["dimensions"].items():
        out.append(f"  {name:<22} " + ("  n/a" if value is None else f"{value:>5.0%}"))

    def moment(item: dict) -> str:
        return f"  (event {item['moment']})" if item.get("moment") is not None else ""

    for name, advice in (card.get("dimension_advice") or {}).items():
        out.append(f"  To raise {name}: {advice['advice']}")
    if card["strengths"]:
        out.append("Strengths:")
        out += [f"  + {s['text']}{moment(s)}" for s in card["strengths"]]
    if card["gaps"]:
        out.append("Gaps:")
        out += [f"  - {g['text']}{moment(g)}" for g in card["gaps"][:8]]
    if card["study_next"]:
        out.append("Study next:")
        out += [f"  * {t['topic']}: {t['study'][0]}" for t in card["study_next"]]
    out += [f"Note: {n}" for n in card["notes"]]
    if session and session.get("session_id"):
        out += ["", f"Session {session['session_id']}. To replay it in the browser: run `scripts/run` (or "
                    f"`hotseat serve`) and open http://127.0.0.1:8000/replay/{session['session_id']}"
                    f"?token={session.get('replay_token', '')}"]
    return "\n".join(out) + "\n"


async def get_json(url: str) -> Any:
    """GET a JSON document without blocking the loop (the server it asks runs on that same loop)."""
    def fetch():
        with urllib.request.urlopen(url, timeout=10) as response:
            return json.loads(response.read())
    return await asyncio.to_thread(fetch)


def _stdout(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


async def _stdin_line() -> str | None:
    line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    return None if line == "" else line.rstrip("\n")
