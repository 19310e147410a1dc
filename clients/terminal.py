"""`hotseat interview --role R`: a whole interview in the terminal, on the same engine.

Answers end with an empty line. Commands: /hint, /skip, /end, /time, /prompt,
/code FILE (load your solution), /run (visible examples), /submit (hidden tests).
"""

from __future__ import annotations

import asyncio
import sys
import textwrap
import time
from pathlib import Path
from typing import Awaitable, Callable

from interviewer.engine import Interview, InterviewError
from interviewer.events import reads, verdict_summary

Judge = Callable[[str, str, str], Awaitable[dict]]   # (exercise, code, suite) -> verdict dict
HELP = "Commands: /hint /skip /end /time /prompt /code FILE /run /submit  (an answer ends with an empty line)"


async def run_terminal_interview(rubric, role_id: str, *, grader, voice, judge: Judge,
                                 read_line: Callable[[], Awaitable[str | None]] | None = None,
                                 write: Callable[[str], None] | None = None, seed=None,
                                 exercise_followups=None) -> dict:
    write = write or (lambda text: (sys.stdout.write(text), sys.stdout.flush()))
    read_line = read_line or _stdin_line
    started = time.monotonic()
    streamed: list[str] = []

    async def on_token(token: str) -> None:
        if not streamed:
            write("\ninterviewer> ")
        streamed.append(token)
        write(token)

    async def sink(event: dict) -> None:
        """Print each event as the vocabulary says it reads; grades, code and the candidate's own words stay quiet."""
        line = reads(event)
        if event["type"] == "interviewer_said":
            if not streamed:  # a voice that did not stream
                write("\ninterviewer> " + event["text"])
            write("\n")
            streamed.clear()
        elif event["type"] == "verdict":
            write(_verdict_text(event["verdict"]))
        elif line is not None and line.who == "interviewer":
            write(f"\ninterviewer> {line.label.capitalize()}: {line.text}\n")
        elif line is not None and line.who == "system" and event["type"] != "answer_graded":
            write(f"\n[{line.label}] {line.text}\n")

    interview = Interview(rubric, grader=grader, voice=voice, clock=lambda: time.monotonic() - started,
                          sink=sink, on_token=on_token, exercise_followups=exercise_followups)
    write(HELP + "\n")
    await interview.start(role_id, seed=seed)
    code = ""
    while not interview.state.ended:
        await interview.tick()
        if interview.state.ended:
            break
        write("\nyou> ")
        lines = []
        while True:
            line = await read_line()
            if line is None:  # end of input
                if lines:
                    break
                await interview.end()
                return interview.state.scorecard
            if line.startswith("/") and not lines:
                lines = [line]
                break
            if not line.strip():
                if lines:
                    break
                continue
            lines.append(line)
        text = "\n".join(lines).strip()
        try:
            if text.startswith("/"):
                code = await _command(interview, text, code, judge, write)
            else:
                await interview.answer(text)
        except InterviewError as exc:
            write(f"[{exc.code}] {exc}\n")
    write(scorecard_text(interview.state.scorecard))
    return interview.state.scorecard


async def _command(interview: Interview, text: str, code: str, judge: Judge, write) -> str:
    command, _, argument = text.partition(" ")
    current = interview.state.current
    if command == "/hint":
        await interview.hint()
    elif command == "/skip":
        await interview.skip()
    elif command == "/end":
        await interview.end()
    elif command == "/time":
        left = interview.state.section_deadline() - interview.clock()
        write(f"{max(0, int(left)) // 60}:{max(0, int(left)) % 60:02d} left in this section\n")
    elif command == "/prompt" and current and current.exercise:
        from reference import get

        prompt = get(current.exercise).prompt
        write(prompt.as_markdown() + "\nStarter:\n" + prompt.starter + "\n")
    elif command == "/code":
        try:
            code = Path(argument.strip()).read_text()
        except OSError as exc:
            write(f"cannot read {argument!r}: {exc}\n")
            return code
        if current and current.exercise:
            await interview.change_code(current.exercise, code)
        write(f"loaded {len(code.splitlines())} lines\n")
    elif command in ("/run", "/submit"):
        if not (current and current.exercise):
            write("there is no coding exercise right now\n")
        elif not code:
            write("load your code first: /code FILE\n")
        else:
            suite = "examples" if command == "/run" else "hidden"
            run_id = await interview.run_code(current.exercise, code, suite)
            await interview.receive_verdict(run_id, await judge(current.exercise, code, suite))
    else:
        write(HELP + "\n")
    return code


def _verdict_text(verdict: dict) -> str:
    lines = ["\n[verdict] " + verdict_summary(verdict)]
    for test in verdict.get("tests", []):
        if not test["passed"] and not test["message"].startswith("not run"):
            lines.append(f"  FAIL {test['name']}\n" + textwrap.indent(test["message"][:600], "       "))
    return "\n".join(lines[:20]) + "\n"


def scorecard_text(card: dict | None) -> str:
    if not card:
        return "\n(no scorecard)\n"
    out = [f"\n=== Scorecard: {card['role_name']} ===",
           f"Overall {card['overall']:.0%}: {card['band'].replace('_', ' ').upper()}", "", "By category:"]
    for c in card["categories"]:
        out.append(f"  {c['category']:<22} {c['score']:>5.0%}  (weight {c['weight']}%)")
    out.append("By dimension:")
    for name, value in card["dimensions"].items():
        out.append(f"  {name:<22} " + ("  n/a" if value is None else f"{value:>5.0%}"))
    if card["strengths"]:
        out.append("Strengths:")
        out += [f"  + {s['text']}  [moment {s['moment']}]" for s in card["strengths"]]
    if card["gaps"]:
        out.append("Gaps:")
        out += [f"  - {g['text']}  [moment {g['moment']}]" for g in card["gaps"][:8]]
    if card["study_next"]:
        out.append("Study next:")
        out += [f"  * {t['topic']}: {t['study'][0]}" for t in card["study_next"]]
    out += [f"Note: {n}" for n in card["notes"]]
    return "\n".join(out) + "\n"


async def _stdin_line() -> str | None:
    line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    return None if line == "" else line.rstrip("\n")
