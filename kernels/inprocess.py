"""Run a submission in this very process, through the same harness and wire format.

No isolation at all: for the test suite's own reference and variant solutions and for
the benchmark's baseline, never for code a person typed. Results still make the round
trip through JSON and buffers, so a value judged here is exactly what a kernel would send.
"""

from __future__ import annotations

import contextlib
import io
import json
import secrets
import time
from functools import cache

from kernels.forkserver import harness_source
from kernels.protocol import Execution, finish, read_results, run_request
from reference.exercise import Case, Exercise


@cache
def _harness() -> dict:
    harness: dict = {"__name__": "hotseat_harness"}
    exec(compile(harness_source(), "<hotseat harness>", "exec"), harness)
    return harness


def run_in_process(code: str, exercise: Exercise, cases: list[Case]) -> Execution:
    started = time.perf_counter()
    nonce = secrets.token_hex(8)
    data, buffers = run_request(code, exercise, cases, nonce)
    messages: list[tuple[dict, list]] = []
    output = io.StringIO()

    def send(message, out):
        messages.append((json.loads(json.dumps(message, allow_nan=False)), [bytes(b) for b in out]))

    harness = _harness()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        harness["run_submission"](data["code"], data["driver"], data["defines"], data["calls"], buffers,
                                  nonce, harness["Batch"](send), {"__name__": "__main__"})
    failure, outcomes = read_results(messages, len(cases), nonce)
    return Execution(finish(failure, outcomes, missing="no result came back"), output=output.getvalue(),
                     failure=failure, seconds=time.perf_counter() - started)
