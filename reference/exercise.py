"""What an exercise is made of, and what comes back from running one.

An exercise never runs candidate code itself. It produces `Case`s: a `Call` to make
(plain data only, so it can cross into a sandbox) and a `check` that judges the
value that came back. Whoever executes the calls (a sandboxed kernel, or the
in-process runner used by tests and benchmarks) reports one `Outcome` per case, and
`reference.judge` turns cases plus outcomes into `TestResult`s in the trusted process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np


@dataclass(frozen=True)
class Call:
    """One invocation made inside the kernel: `entry(*args, **kwargs)`.

    `entry` is a name the candidate defines, or a helper from the exercise's
    `driver` source (for calls that need objects that cannot travel as data, such
    as a `np.random.Generator` or an instance of the candidate's class).
    Arguments are plain data: ndarrays, numbers, strings, lists, tuples, dicts.
    """

    entry: str
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)


Check = Callable[[Any], "str | None"]
"""Judges a returned value: `None` when right, else a message that teaches."""


@dataclass(frozen=True)
class Case:
    """One test: a call and how to judge what it returns.

    `show` is the call written as the candidate would type it; visible examples
    print it so a failing Run can be reproduced by hand. It is built from `display`, text or
    a function making it: formatting arrays costs more than judging them, and a hidden
    suite's cases are built per Submit and never shown. `hint` is added when the call
    raises instead of returning (the check never sees a value then), e.g. "there are no
    predicted positives here: precision must be 0.0, not a division by zero".
    """

    name: str
    call: Call
    check: Check
    display: "str | Callable[[], str]" = ""
    hint: "str | Callable[[Raised], str | None]" = ""  # a function may decline an error it does not explain

    @property
    def show(self) -> str:
        return self.display() if callable(self.display) else self.display


@dataclass(frozen=True)
class Prompt:
    """The candidate-facing text of an exercise (parsed from `prompts/<id>.md`)."""

    title: str
    statement: str
    signature: str
    starter: str
    example: str
    followups: tuple[str, ...]

    def as_markdown(self) -> str:
        followups = "\n".join(f"- {q}" for q in self.followups)
        return (
            f"# {self.title}\n\n{self.statement}\n\n## Signature\n\n```python\n{self.signature}\n```\n\n"
            f"## Example\n\n{self.example}\n\n## Follow-ups\n\n{followups}\n"
        )


@dataclass(frozen=True)
class Exercise:
    """A coding exercise: its public contract, prompt and test suites.

    `examples()` gives the visible tests a candidate may Run as often as they like;
    `hidden(rng)` gives the suite that decides the verdict on Submit. The hidden
    suite is rebuilt for every submission from a fresh seed, so answers cannot be
    memorised, and `rng` makes a failing run reproducible.

    `defines` are the names a submission must define, `params` the positional
    parameter names (for messages), `solution` the module of `reference/solutions`
    holding the reference, and `driver` optional source run in the kernel after the
    submission to define helper entries that calls may use.
    """

    id: str
    title: str
    summary: str
    category: str
    difficulty: str
    defines: tuple[str, ...]
    params: tuple[str, ...]
    examples: Callable[[], list[Case]]
    hidden: Callable[[np.random.Generator], list[Case]]
    solution: str = ""
    driver: str = ""

    @property
    def prompt(self) -> Prompt:
        from reference.prompts import load_prompt

        return load_prompt(self.id)


@dataclass(frozen=True)
class Opaque:
    """A returned value that is not plain data (a custom object, a function, ...).

    It arrives as its type name and a short repr, never as the object itself, so an
    object whose `__eq__` always says True is only ever a string here.
    """

    type_name: str
    text: str


# What executing one case produced. Executors build these; the judge reads them.


@dataclass(frozen=True)
class Returned:
    """The call returned `value`."""

    value: Any
    seconds: float = 0.0


@dataclass(frozen=True)
class Raised:
    """The call raised. `wrote_input` is the candidate's name for an input array it tried to
    change in place (inputs arrive read-only, so NumPy refused the write), when known."""

    error_type: str
    message: str
    traceback: str = ""
    wrote_input: str | None = None


@dataclass(frozen=True)
class NotRun:
    reason: str


Outcome = Returned | Raised | NotRun


@dataclass(frozen=True)
class TestResult:
    name: str
    passed: bool
    message: str = ""

    def as_dict(self) -> dict:
        return {"name": self.name, "passed": self.passed, "message": self.message}
