"""What the trusted process sends to the harness and how it reads the answers.

Shared by every executor (sandboxed kernel, unsandboxed local kernel, in-process),
so the same bytes are produced and parsed whichever one runs the code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kernels import wire
from reference.exercise import Case, Exercise, NotRun, Opaque, Outcome, Raised, Returned

MIME = "application/vnd.hotseat.result+json"
MAX_CODE_BYTES = 64 << 10  # a submission larger than this is refused before any kernel runs


@dataclass
class Execution:
    """Everything one run of a submission produced, before judging.

    `failure` is set when the run as a whole went wrong (the code did not compile,
    raised while being defined, timed out, crashed the kernel, flooded the output);
    cases that never ran then carry `NotRun` with the same reason.
    """

    outcomes: list[Outcome]
    output: str = ""
    output_truncated: bool = False
    failure: str | None = None
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


@cache
def harness_source() -> str:
    here = Path(__file__).parent
    return (here / "wire.py").read_text() + "\n\n" + (here / "harness.py").read_text()


def calls_payload(cases: list[Case]) -> str:
    return wire.dumps([(c.call.entry, tuple(c.call.args), dict(c.call.kwargs)) for c in cases])


def kernel_cell(code: str, exercise: Exercise, cases: list[Case], nonce: str) -> str:
    """One cell that defines the submission in a fresh namespace and runs every call.

    The harness lives in its own dict, apart from the candidate's names, so a helper
    the candidate happens to call `encode` cannot break the harness by accident.
    """
    arguments = ", ".join(repr(a) for a in (
        code, exercise.driver, list(exercise.defines), calls_payload(cases), nonce))
    return (
        "def __hotseat_run():\n"
        "    harness = {'__name__': 'hotseat_harness'}\n"
        f"    exec({harness_source()!r}, harness)\n"
        f"    harness['run_submission']({arguments}, harness['display_publisher']({MIME!r}), "
        "{'__name__': '__main__'})\n"
        "__hotseat_run()\ndel __hotseat_run\n"
    )


def read_results(messages: list[str], count: int, nonce: str) -> tuple[str | None, list[Outcome | None]]:
    """Parse published messages: a whole-submission error, and one outcome per case.

    Messages are hostile data: anything malformed, from another run (wrong nonce) or
    for a case that does not exist is ignored; a case without a message stays `None`.
    """
    failure: str | None = None
    outcomes: list[Outcome | None] = [None] * count
    for text in messages:
        try:
            message = json.loads(text)
        except (ValueError, RecursionError):
            continue
        if not isinstance(message, dict) or message.get("nonce") != nonce:
            continue
        stage = message.get("stage")
        if stage in ("compile", "define") and failure is None:
            failure = _stage_failure(stage, message.get("error"))
            continue
        index = message.get("case")
        if type(index) is not int or not 0 <= index < count or outcomes[index] is not None:
            continue
        outcomes[index] = _outcome(message)
    return failure, outcomes


def _stage_failure(stage: str, error) -> str:
    error = error if isinstance(error, dict) else {}
    kind, text = str(error.get("type", "Error")), str(error.get("message", ""))
    trace = str(error.get("traceback", "")).strip()
    if stage == "compile":
        return f"your code does not compile: {kind}: {text}"
    if kind == "NameError" and text.startswith("your code does not define"):
        return text
    return f"your code raised {kind} while being defined: {text}" + (f"\n{trace}" if trace else "")


def _outcome(message: dict) -> Outcome:
    error = message.get("error")
    if isinstance(error, dict):
        return Raised(str(error.get("type", "Error"))[:200], str(error.get("message", ""))[:4000],
                      str(error.get("traceback", ""))[:4000])
    try:
        value = wire.decode(message.get("value"), opaque=Opaque)
        changed = wire.decode(message.get("changed", []), opaque=Opaque)
    except wire.WireError as exc:
        return Raised("UnreadableResult", f"the returned value could not be read back: {exc}")
    changed_inputs = {}
    for item in changed if isinstance(changed, list) else ():
        if isinstance(item, list) and len(item) == 2 and type(item[0]) in (int, str):
            changed_inputs[item[0]] = item[1]
    seconds = message.get("seconds")
    return Returned(value, changed_inputs, float(seconds) if type(seconds) in (int, float) else 0.0)


def finish(failure: str | None, outcomes: list[Outcome | None], *, missing: str) -> list[Outcome]:
    """Fill cases that produced nothing with `NotRun`, naming why."""
    reason = failure or missing
    return [o if o is not None else NotRun(reason) for o in outcomes]
