"""Turn cases and what executing them produced into test results.

This is the verdict. It runs in the trusted process only: the values it reads came
back from the kernel as plain data, and the checks were built from the reference
implementation before the candidate's code ever ran.
"""

from __future__ import annotations

from reference.exercise import Case, Exercise, NotRun, Outcome, Raised, TestResult

TRACEBACK_LINES = 6


def judge(exercise: Exercise, cases: list[Case], outcomes: list[Outcome]) -> list[TestResult]:
    return [judge_case(exercise, case, outcome) for case, outcome in zip(cases, outcomes, strict=True)]


def judge_case(exercise: Exercise, case: Case, outcome: Outcome) -> TestResult:
    if isinstance(outcome, NotRun):
        return TestResult(case.name, False, f"not run: {outcome.reason}")
    if isinstance(outcome, Raised):
        if _wrote_an_input(outcome):
            return TestResult(case.name, False, _in_place_message(outcome))
        reason = case.hint(outcome) if callable(case.hint) else case.hint
        hint = f"\nWhy: {reason}" if reason else ""
        return TestResult(case.name, False, _raised_message(outcome) + hint)
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


def _wrote_an_input(raised: Raised) -> bool:
    """Inputs reach the candidate read-only: NumPy's refusal to write is how an in-place edit shows."""
    return raised.wrote_input is not None or (raised.error_type == "ValueError" and "read-only" in raised.message)


def _in_place_message(raised: Raised) -> str:
    name = raised.wrote_input
    what = f"its input `{name}`" if name else "one of its inputs"
    fix = f"`{name} = {name} - ...` rather than `-=`" if name else "`x = x - ...` rather than `-=`"
    return (f"modified {what} in place; the caller's array must be left unchanged (work on a copy, e.g. "
            f"{fix})\n" + _raised_message(raised))
