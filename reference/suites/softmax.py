"""softmax: numerically stable, any axis, -inf means probability 0."""

from __future__ import annotations

import numpy as np

from reference.cases import case, explain, random_shape
from reference.checks import array_mismatch, as_array, number
from reference.exercise import Case, Exercise
from reference.solutions.attention import softmax


def softmax_check(x: np.ndarray, axis: int):
    want = softmax(x, axis=axis)

    def check(got):
        problem = array_mismatch(got, want)
        arr, _ = as_array(got)
        if problem is None or arr is None or arr.shape != want.shape:
            return problem
        with np.errstate(all="ignore"):
            sums = arr.sum(axis=axis)
            whole = np.exp(x - np.max(x)) / np.sum(np.exp(x - np.max(x)))
        finite = np.abs(x[np.isfinite(x)]).max(initial=0)
        neg_inf = np.isneginf(x)
        leaked = arr[neg_inf & (arr != 0)]
        return explain(
            problem,
            f"{int(np.sum(~np.isfinite(arr)))} probabilities are NaN or inf, and the logits here reach "
            f"{finite:.0f}: exp() of a number above about 709 overflows float64"
            if not np.isfinite(arr).all() and finite > 700 else None,
            f"probabilities along axis {axis} do not sum to 1 (sums {np.round(sums.ravel()[:4], 4).tolist()})"
            if np.isfinite(sums).all() and not np.allclose(sums, 1) else None,
            f"a -inf logit got probability {number(float(leaked[0]))}; it must be exactly 0" if leaked.size else None,
            f"the probabilities were normalised over the whole array, not along axis {axis}"
            if x.ndim > 1 and np.allclose(arr, whole, equal_nan=True) else None,
        )

    return check


def softmax_case(name: str, x: np.ndarray, axis: int | None = None) -> Case:
    kwargs = {} if axis is None else {"axis": axis}
    return case(name, "softmax", (x,), kwargs, check=softmax_check(x, -1 if axis is None else axis))


def examples() -> list[Case]:
    return [
        softmax_case("a vector", np.array([1.0, 2.0, 3.0])),
        softmax_case("each row of a matrix", np.array([[1.0, 1.0, 1.0], [0.0, 0.0, 10.0]])),
        softmax_case("large logits stay finite", np.array([1000.0, 1000.0, 999.0])),
    ]


def hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        softmax_case("logits of +-1e4", np.array([[1e4, -1e4, 0.0], [-1e4, -1e4, -1e4 + 1]])),
        softmax_case("-inf entries get probability 0", np.array([[0.5, -np.inf, 1.5, -np.inf], [-np.inf, 2.0, 2.0, 0.0]])),
        softmax_case("a single logit", np.array([3.7])),
        softmax_case("all logits equal", np.full((2, 5), -12.5)),
        softmax_case("axis=0 of a matrix", np.array([[1.0, 5.0], [2.0, -1.0], [3.0, 0.0]]), axis=0),
        softmax_case("axis=1 of a 3-d array", rng.normal(size=(2, 3, 4)) * 3, axis=1),
        softmax_case("axis=-2 of a 3-d array", rng.normal(size=(3, 4, 2)), axis=-2),
        softmax_case("large negative offset", rng.normal(size=(3, 6)) - 5e3),
        softmax_case("large positive offset, axis=0", rng.normal(size=(6, 3)) * 50 + 2e3, axis=0),
    ]
    for i in range(8):
        ndim = int(rng.integers(1, 5))
        x = rng.normal(scale=float(rng.choice([0.1, 1.0, 10.0])), size=random_shape(rng, ndim))
        axis = int(rng.integers(-ndim, ndim))
        cases.append(softmax_case(f"random {x.shape}, axis={axis}", x, axis=axis))
    return cases


EXERCISES = [
    Exercise(
        id="softmax",
        title="Numerically stable softmax",
        summary="softmax(x, axis=-1): stable for huge logits, -inf gets probability 0, any axis",
        category="deep learning",
        difficulty="easy",
        defines=("softmax",),
        params=("x", "axis"),
        examples=examples,
        hidden=hidden,
        solution="attention",
    ),
]
