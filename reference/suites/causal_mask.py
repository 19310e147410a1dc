"""causal_mask: a boolean (seq_len, seq_len) lower triangle, True where query i may attend to key j <= i."""

from __future__ import annotations

import numpy as np

from reference.cases import case, explain
from reference.checks import array_mismatch, as_array
from reference.exercise import Case, Exercise
from reference.solutions.attention import causal_mask

ORIENTATION = "row i is query i and column j is key j"


def mask_reason(arr: np.ndarray, want: np.ndarray) -> str | None:
    """Name the classic wrong masks by comparing with each of them."""
    n = want.shape[0]
    if arr.dtype.kind == "f" and np.isneginf(arr).any():
        return ("the mask holds 0 and -inf (an additive mask); this function returns booleans, True where the "
                "query may attend")
    if arr.dtype.kind != "b":
        values = np.unique(arr)
        if np.isin(values, (0, 1)).all() and np.array_equal(arr != 0, want):
            return f"the pattern is right but the dtype is {arr.dtype}: return a bool array (e.g. dtype=bool)"
        return f"the dtype is {arr.dtype}: return a bool array, True where the query may attend"
    if n > 1 and np.array_equal(arr, want.T):
        return f"the mask is the upper triangle (True where j >= i), so each query sees the future: {ORIENTATION}"
    if np.array_equal(arr, np.tril(np.ones((n, n), dtype=bool), k=-1)):
        return "the diagonal is False (True only where j < i); the contract is True where j <= i"
    if np.array_equal(arr, ~want):
        return f"the mask is inverted: True marks the blocked keys (j > i), not the allowed ones; {ORIENTATION}"
    if arr.all():
        return f"every key is allowed, so the future is not masked at all; {ORIENTATION}"
    i, j = (int(v) for v in np.argwhere(arr != want)[0])
    return (f"entry [{i}, {j}] is {bool(arr[i, j])}, but key {j} comes {'after' if j > i else 'no later than'} "
            f"query {i}; {ORIENTATION}")


def mask_check(seq_len: int):
    want = causal_mask(int(seq_len))

    def check(got):
        problem = array_mismatch(got, want, name="mask")
        arr, _ = as_array(got, "mask")
        if problem is None or arr is None:
            return problem
        if arr.shape != want.shape:
            return explain(problem, f"the mask is square, one row per query and one column per key: "
                                    f"({seq_len}, {seq_len})")
        return explain(problem, mask_reason(arr, want))

    return check


def mask_case(name: str, seq_len) -> Case:
    return case(name, "causal_mask", (seq_len,), check=mask_check(seq_len))


def examples() -> list[Case]:
    return [
        mask_case("three tokens", 3),
        mask_case("a single token", 1),
        mask_case("five tokens", 5),
    ]


def hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        mask_case("seq_len == 1", 1),
        mask_case("seq_len == 2", 2),
        mask_case("seq_len == 4", 4),
        mask_case("seq_len == 7", 7),
        mask_case("seq_len == 16", 16),
        mask_case("seq_len == 64", 64),
    ]
    for n in rng.choice(np.arange(3, 40), size=4, replace=False):
        cases.append(mask_case(f"random seq_len == {int(n)}", int(n)))
    return cases


EXERCISES = [
    Exercise(
        id="causal_mask",
        title="Causal attention mask",
        summary="causal_mask(seq_len): boolean (seq_len, seq_len), True where query i may attend to key j <= i",
        category="deep learning",
        difficulty="easy",
        defines=("causal_mask",),
        params=("seq_len",),
        examples=examples,
        hidden=hidden,
        solution="attention",
    ),
]
