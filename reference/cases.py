"""Small helpers that suites use to build cases."""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from reference.checks import array_mismatch
from reference.exercise import Call, Case, Check


def show_value(value: Any) -> str:
    """How a value reads in the `show` line of a case."""
    if isinstance(value, np.ndarray):
        if value.size <= 24:
            body = np.array2string(value, separator=", ", precision=4, max_line_width=10_000,
                                   threshold=10_000).replace("\n", "")
            dtype = "" if value.dtype == np.float64 or value.dtype.kind == "i" else f", dtype={value.dtype.name}"
            return f"np.array({body}{dtype})"
        return f"<{value.dtype} array of shape {value.shape}>"
    return repr(value)


def case(name: str, entry: str, args: tuple = (), kwargs: dict | None = None, *, check: Check,
         show_entry: str | None = None, show: str | None = None, hint: str | Callable = "") -> Case:
    """A case; `show` overrides the call as displayed (driver calls read better as prose)."""
    kwargs = kwargs or {}

    def display() -> str:
        shown = [show_value(a) for a in args] + [f"{k}={show_value(v)}" for k, v in kwargs.items()]
        return f"{show_entry or entry}({', '.join(shown)})"

    return Case(name, Call(entry, tuple(args), dict(kwargs)), check, display=show if show is not None else display,
                hint=hint)


def matches(want: np.ndarray, **tolerances) -> Check:
    """The common check: the returned array equals the reference's, within tolerance."""
    return lambda got: array_mismatch(got, want, **tolerances)


def explain(problem: str | None, *reasons: str | None) -> str | None:
    """Append the first applicable reason (a broken property) to a failure message."""
    if problem is None:
        return None
    reason = next((r for r in reasons if r), None)
    return f"{problem}\nWhy: {reason}" if reason else problem


def random_shape(rng: np.random.Generator, ndim: int, low: int = 1, high: int = 6) -> tuple[int, ...]:
    return tuple(int(n) for n in rng.integers(low, high + 1, size=ndim))
