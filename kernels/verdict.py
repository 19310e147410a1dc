"""A verdict: the judged results of one Run or Submit, in the shape tools consume."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

import numpy as np

from kernels.protocol import Execution, finish
from reference import get
from reference.exercise import Case, Exercise, TestResult
from reference.judge import judge

SUITES = ("examples", "hidden")


@dataclass
class Verdict:
    exercise: str
    suite: str
    tests: list[TestResult]
    duration_ms: float
    error: str | None = None
    output: str = ""
    output_truncated: bool = False
    sandboxed: bool = True
    seed: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return bool(self.tests) and all(t.passed for t in self.tests) and self.error is None

    @property
    def score(self) -> float:
        return sum(t.passed for t in self.tests) / len(self.tests) if self.tests else 0.0

    def as_dict(self) -> dict:
        return {
            "exercise": self.exercise,
            "suite": self.suite,
            "passed": self.passed,
            "score": round(self.score, 4),
            "tests": [t.as_dict() for t in self.tests],
            "duration_ms": round(self.duration_ms, 1),
            "error": self.error,
            "output": self.output,
            "output_truncated": self.output_truncated,
            "sandboxed": self.sandboxed,
            "seed": self.seed,
            "notes": self.notes,
        }


def build_cases(exercise: Exercise, suite: str, seed: int | None) -> tuple[list[Case], int]:
    """The cases to run; a hidden suite gets a fresh random seed unless one is given."""
    if suite not in SUITES:
        raise ValueError(f"unknown suite {suite!r}; expected one of {SUITES}")
    if suite == "examples":
        return exercise.examples(), seed or 0
    seed = secrets.randbits(53) if seed is None else seed  # exact in JSON read by a browser (2**53)
    return exercise.hidden(np.random.default_rng(seed)), seed


def verdict_from(exercise: Exercise, suite: str, cases: list[Case], execution: Execution, *,
                 seed: int | None, sandboxed: bool) -> Verdict:
    return Verdict(
        exercise=exercise.id,
        suite=suite,
        tests=judge(exercise, cases, execution.outcomes),
        duration_ms=execution.seconds * 1000,
        error=execution.failure,
        output=execution.output,
        output_truncated=execution.output_truncated,
        sandboxed=sandboxed,
        seed=seed,
        notes=list(execution.notes),
    )


def unrun_verdict(exercise: Exercise, suite: str, cases: list[Case], reason: str, *,
                  seed: int | None, sandboxed: bool) -> Verdict:
    """A failed verdict for code that never ran (too large, no kernel, no sandbox), saying why."""
    execution = Execution(finish(reason, [None] * len(cases), missing=reason), failure=reason)
    return verdict_from(exercise, suite, cases, execution, seed=seed, sandboxed=sandboxed)


def error_verdict(exercise_id: str, suite: str, reason: str) -> Verdict:
    """A failed verdict without tests, for a check that could not even begin (an unknown exercise)."""
    return Verdict(exercise=exercise_id, suite=suite, tests=[], duration_ms=0.0, error=reason, sandboxed=False)


def check_in_process(exercise_id: str, code: str, suite: str = "hidden", seed: int | None = None) -> Verdict:
    """Judge trusted code without a sandbox (tests of the suites, the benchmark baseline)."""
    from kernels.inprocess import run_in_process

    exercise = get(exercise_id)
    cases, seed = build_cases(exercise, suite, seed)
    execution = run_in_process(code, exercise, cases)
    return verdict_from(exercise, suite, cases, execution, seed=seed, sandboxed=False)
