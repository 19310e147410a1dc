"""Turn cases and what executing them produced into test results.

This is the verdict. It runs in the trusted process only: the values it reads came
back from the kernel as plain data, and the checks were built from the reference
implementation before the candidate's code ever ran.
"""

from __future__ import annotations

import numpy as np

from reference.exercise import Case, Exercise, NotRun, Outcome, Raised, Returned, TestResult

TRACEBACK_LINES = 6


def judge(exercise: Exercise, cases: list[Case], outcomes: list[Outcome]) -> list[TestResult]:
    return [judge_case(exercise, case, outcome) for case, outcome in zip(cases, outcomes, strict=True)]


def judge_case(exercise: Exercise, case: Case, outcome: Outcome) -> TestResult:
    if isinstance(outcome, NotRun):
        return TestResult(case.name, False, f"not run: {outcome.reason}")
    if isinstance(outcome, Raised):
        reason = case.hint(outcome) if callable(case.hint) else case.hint
        hint = f"\nWhy: {reason}" if reason else ""
        return TestResult(case.name, False, _raised_message(outcome) + hint)
    mutated = _mutated_inputs(exercise, case, outcome)
    if mutated:
        return TestResult(case.name, False, mutated)
    try:
        problem = case.check(outcome.value)
    except Exception as exc:  # a value shaped so oddly that the check itself tripped
        problem = f"could not judge the returned value ({type(exc).__name__}: {exc})"
    return TestResult(case.name, problem is None, problem or "")


def _raised_message(raised: Raised) -> str:
    message = f"raised {raised.error_type}: {raised.message}".rstrip(": ")
    if raised.traceback:
        tail = raised.traceback.strip().splitlines()[-TRACEBACK_LINES:]
        message += "\n" + "\n".join(tail)
    return message


def _mutated_inputs(exercise: Exercise, case: Case, outcome: Returned) -> str | None:
    """Inputs are the caller's arrays: changing them in place is a bug the suite names."""
    for key, now in outcome.changed_inputs.items():
        original = case.call.args[key] if isinstance(key, int) and key < len(case.call.args) \
            else case.call.kwargs.get(key)
        if not isinstance(original, np.ndarray):
            continue
        same = (isinstance(now, np.ndarray) and now.shape == original.shape
                and np.array_equal(now, original, equal_nan=original.dtype.kind == "f"))
        if not same:
            name = exercise.params[key] if isinstance(key, int) and key < len(exercise.params) else key
            return (f"modified its input `{name}` in place; the caller's array must be left "
                    f"unchanged (work on a copy, e.g. `{name} = {name} - ...` rather than `-=`)")
    return None
