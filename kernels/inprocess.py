"""Run a submission in this very process, through the same harness and wire format.

No isolation at all: for the test suite's own reference and variant solutions and for
the benchmark's baseline, never for code a person typed.
"""

from __future__ import annotations

import contextlib
import io
import json
import secrets
import time

from kernels.protocol import Execution, finish, harness_source, read_results, calls_payload
from reference.exercise import Case, Exercise


def run_in_process(code: str, exercise: Exercise, cases: list[Case]) -> Execution:
    started = time.perf_counter()
    harness: dict = {"__name__": "hotseat_harness"}
    exec(harness_source(), harness)
    nonce = secrets.token_hex(8)
    messages: list[str] = []
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        harness["run_submission"](code, exercise.driver, list(exercise.defines), calls_payload(cases),
                                  nonce, lambda m: messages.append(json.dumps(m)), {"__name__": "__main__"})
    failure, outcomes = read_results(messages, len(cases), nonce)
    return Execution(finish(failure, outcomes, missing="no result came back"), output=output.getvalue(),
                     failure=failure, seconds=time.perf_counter() - started)
