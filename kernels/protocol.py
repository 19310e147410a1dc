"""What the trusted process sends to the harness and how it reads the answers.

Shared by every executor (forked sandboxed kernel, unsandboxed kernel, in-process), so the
same data is produced and parsed whichever one runs the code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kernels import wire
from reference.exercise import Case, Exercise, NotRun, Opaque, Outcome, Raised, Returned

MAX_CODE_BYTES = 64 << 10  # a submission larger than this is refused before any kernel runs
MAX_NAME = 40


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


def run_request(code: str, exercise: Exercise, cases: list[Case], nonce: str) -> tuple[dict, list[bytes]]:
    """The data of one run and its binary buffers (every input array, as raw bytes)."""
    calls, buffers = wire.dumps([(c.call.entry, tuple(c.call.args), dict(c.call.kwargs)) for c in cases])
    return {"code": code, "driver": exercise.driver, "defines": list(exercise.defines), "calls": calls,
            "nonce": nonce}, buffers


def read_results(messages: list[tuple[dict, list]], count: int, nonce: str) -> tuple[str | None, list[Outcome | None]]:
    """Parse published messages: a whole-submission error, and one outcome per case.

    Messages are hostile data: anything malformed, from another run (wrong nonce) or
    for a case that does not exist is ignored; a case without a message stays `None`.
    """
    failure: str | None = None
    outcomes: list[Outcome | None] = [None] * count
    for message, buffers in _unbatched(messages, count):
        if not isinstance(message, dict) or message.get("nonce") != nonce:
            continue
        stage = message.get("stage")
        if stage in ("compile", "define") and failure is None:
            failure = _stage_failure(stage, message.get("error"))
            continue
        index = message.get("case")
        if type(index) is not int or not 0 <= index < count or outcomes[index] is not None:
            continue
        outcomes[index] = _outcome(message, buffers)
    return failure, outcomes


def _unbatched(batches: list[tuple[dict, list]], count: int):
    """Each message of each batch with its batch's buffers; at most what `count` cases can produce."""
    budget = count + 2
    for batch, buffers in batches:
        messages = batch.get("messages") if isinstance(batch, dict) else None
        if type(messages) is not list:
            continue
        for message in messages[:budget]:
            yield message, buffers
        budget -= min(budget, len(messages))
        if budget <= 0:
            return


def _stage_failure(stage: str, error) -> str:
    error = error if isinstance(error, dict) else {}
    kind, text = str(error.get("type", "Error")), str(error.get("message", ""))
    trace = str(error.get("traceback", "")).strip()
    if stage == "compile":
        return f"your code does not compile: {kind}: {text}"
    if kind == "NameError" and text.startswith("your code does not define"):
        return text
    return f"your code raised {kind} while being defined: {text}" + (f"\n{trace}" if trace else "")


def _outcome(message: dict, buffers: list) -> Outcome:
    error = message.get("error")
    if isinstance(error, dict):
        wrote = error.get("wrote_input")
        wrote = wrote if type(wrote) is str and wrote.isidentifier() and len(wrote) <= MAX_NAME else None
        return Raised(str(error.get("type", "Error"))[:200], str(error.get("message", ""))[:4000],
                      str(error.get("traceback", ""))[:4000], wrote_input=wrote)
    try:
        value = wire.decode(message.get("value"), buffers, opaque=Opaque)
    except wire.WireError as exc:
        return Raised("UnreadableResult", f"the returned value could not be read back: {exc}")
    seconds = message.get("seconds")
    return Returned(value, seconds=float(seconds) if type(seconds) in (int, float) else 0.0)


def finish(failure: str | None, outcomes: list[Outcome | None], *, missing: str) -> list[Outcome]:
    """Fill cases that produced nothing with `NotRun`, naming why."""
    reason = failure or missing
    return [o if o is not None else NotRun(reason) for o in outcomes]
