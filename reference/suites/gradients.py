"""Gradients by hand: mlp_backprop, linear_regression_gd, logistic_regression_grad.

Every gradient is judged twice over a suite: against the reference's analytic
gradient, and (property cases) against central finite differences of the
reference's loss, computed here in the trusted process. A failing gradient is named
("wrong: db1; right: dW1, dW2, db2") and measured: it is compared with the
classic wrong formulas (no 1/n, sigmoid derivative applied twice, ReLU mask taken
with >=, bias gradient not summed over the batch) and with scaled copies of the
right answer, so the message says how far off it is and, usually, why.
"""

from __future__ import annotations

import numpy as np

from reference.cases import case, explain, random_shape
from reference.checks import array_mismatch, as_array, number, preview, scalar_mismatch, sequence_of
from reference.exercise import Case, Exercise
from reference.solutions.gradients import linear_regression_gd, logistic_regression_grad, mlp_backprop, sigmoid

# A loss may be computed with a small eps inside the logs (-log(p + 1e-8)): allow for it.
LOSS_RTOL = 1e-5
GRAD_RTOL, GRAD_ATOL = 1e-5, 1e-8
# Finite differences are exact to ~1e-9 here; these bounds leave a wide margin.
FD_STEP = 1e-6
FD_RTOL, FD_ATOL = 1e-4, 1e-7


# ----------------------------------------------------------------------------------------
# Shared: how far off is a gradient, and which classic mistake does it look like?


def _close(a: np.ndarray, b: np.ndarray, rtol: float = 1e-6, atol: float = 1e-10) -> bool:
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=True))


def scale_reason(arr: np.ndarray, want: np.ndarray, name: str, n: int | None) -> str | None:
    """'dW1 is 5 times the correct gradient (n = 5): ...' when got is a multiple of want."""
    if arr.shape != want.shape or not np.isfinite(arr).all():
        return None
    denom = float(np.vdot(want, want))
    if denom == 0.0:
        return f"{name} should be exactly 0 here" if np.abs(arr).max(initial=0) > GRAD_ATOL else None
    ratio = float(np.vdot(arr, want)) / denom
    if abs(ratio - 1) < 1e-4 or not np.allclose(arr, ratio * want, rtol=1e-4, atol=1e-9):
        rel = np.linalg.norm(arr - want) / np.sqrt(denom)
        return f"{name} is off by a relative error of {rel:.3g} (||got - expected|| / ||expected||)"
    if n is not None and n > 1 and abs(ratio - n) < 1e-3 * n:
        return f"{name} is exactly n = {n} times too large, n being the number of examples"
    if n is not None and n > 1 and abs(ratio - 1 / n) < 1e-3 / n:
        return f"{name} is exactly n = {n} times too small, n being the number of examples"
    if abs(ratio + 1) < 1e-4:
        return f"{name} has the wrong sign: it is exactly -1 times the correct gradient, so it points uphill"
    return f"{name} is {ratio:.4g} times the correct gradient"


def gradient_problem(got, want: np.ndarray, name: str, *, n: int | None,
                     alternatives: list[tuple[np.ndarray, str]] = (),
                     shape_reasons: dict[tuple, str] | None = None,
                     rtol: float = GRAD_RTOL, atol: float = GRAD_ATOL) -> str | None:
    """array_mismatch, plus: which classic wrong formula `got` equals, or how far off it is."""
    problem = array_mismatch(got, want, rtol=rtol, atol=atol, name=name)
    if problem is None:
        return None
    arr, _ = as_array(got)
    if arr is None:
        return problem
    arr = arr.astype(np.float64) if arr.dtype.kind != "b" else arr
    matched = next((reason for alt, reason in alternatives
                    if _close(arr, np.asarray(alt)) and not _close(np.asarray(alt), want, rtol, atol)), None)
    if arr.shape != want.shape:
        return explain(problem, matched, (shape_reasons or {}).get(arr.shape))
    scale = scale_reason(arr, want, name, n)
    if matched is None:
        return explain(problem, scale)
    return explain(problem, matched) + (f"\nHow far: {scale}" if scale else "")


def with_note(problem: str | None, note: str | None) -> str | None:
    """A case-specific reason, checked against the returned value by the caller, used only when
    nothing more specific was found."""
    if problem is None or not note:
        return problem
    return problem if "\nWhy:" in problem else explain(problem, note)


def _finite_differences(loss, params: list[np.ndarray]) -> list[np.ndarray]:
    """Central differences of `loss(*params)` with respect to every entry of every parameter."""
    grads = []
    for k, param in enumerate(params):
        g = np.zeros_like(param)
        for index in np.ndindex(param.shape):
            shifted = [p.copy() for p in params]
            shifted[k][index] = param[index] + FD_STEP
            up = loss(*shifted)
            shifted[k][index] = param[index] - FD_STEP
            down = loss(*shifted)
            g[index] = (up - down) / (2 * FD_STEP)
        grads.append(g)
    return grads


def finite_difference_problem(got, numeric: np.ndarray, name: str, param: str, n: int) -> str | None:
    arr, problem = as_array(got, name)
    if problem:
        return problem
    if arr.shape != numeric.shape:
        return f"{name} shape: expected {numeric.shape} (the shape of {param}), got {arr.shape}"
    arr = arr.astype(np.float64)
    wrong = ~np.isclose(arr, numeric, rtol=FD_RTOL, atol=FD_ATOL)
    if not wrong.any():
        return None
    at = tuple(int(i) for i in np.argwhere(wrong)[0])
    where = f"{param}[{', '.join(map(str, at))}]" if at else param
    message = (f"{name} disagrees with central finite differences of the loss at {int(wrong.sum())} of "
               f"{wrong.size} entries; at {where}: (L({param} + h) - L({param} - h)) / 2h = {number(numeric[at])} "
               f"(h = {FD_STEP:g}), your {name} = {number(arr[at])}")
    return explain(message, scale_reason(arr, numeric, name, n))


# ----------------------------------------------------------------------------------------
# mlp_backprop

# Multiplying the output error by the sigmoid's derivative p(1 - p) once more: what it does to the
# gradients, told without naming the factor (a follow-up asks the candidate why it must not be there).
DAMPED = ("each example's contribution to the gradients is shrunk, and the examples the model is most confident "
          "about (p near 0 or 1) contribute almost nothing: the gradients match an output error damped by a "
          "factor that vanishes as p approaches 0 or 1")

MLP_GRADS = ("dW1", "db1", "dW2", "db2")
MLP_PARAMS = ("W1", "b1", "W2", "b2")


def _mlp_loss(X, y, W1, b1, W2, b2) -> float:
    """The reference's loss, forward pass only (finite differences call it hundreds of times)."""
    z2 = np.maximum(X @ W1 + b1, 0.0) @ W2 + b2
    return float(np.mean(np.logaddexp(0.0, z2) - y * z2))


def _mlp_variant(X, y, W1, b1, W2, b2, *, mean=True, mask="z1 > 0", sigmoid_twice=False) -> dict:
    """The backward pass with one classic mistake switched on."""
    n = X.shape[0]
    z1 = X @ W1 + b1
    a1 = np.maximum(z1, 0.0)
    p = sigmoid(a1 @ W2 + b2)
    dz2 = (p - y) / (n if mean else 1)
    if sigmoid_twice:
        dz2 = dz2 * p * (1 - p)
    relu_grad = {"z1 > 0": z1 > 0, "z1 >= 0": z1 >= 0, "a1 >= 0": a1 >= 0}[mask]
    dz1 = (dz2 @ W2.T) * relu_grad
    return {"dW1": X.T @ dz1, "db1": dz1.sum(axis=0), "dW2": a1.T @ dz2, "db2": dz2.sum(axis=0),
            "db1 axis 1": dz1.sum(axis=1), "db2 axis 1": dz2.sum(axis=1), "dW1.T": dz1.T @ X}


def _mlp_alternatives(args) -> dict[str, list[tuple[np.ndarray, str]]]:
    no_mean = _mlp_variant(*args, mean=False)
    twice = _mlp_variant(*args, sigmoid_twice=True)
    at_output = _mlp_variant(*args, mask="a1 >= 0")
    ge_zero = _mlp_variant(*args, mask="z1 >= 0")
    right = _mlp_variant(*args)
    alts: dict[str, list] = {name: [] for name in MLP_GRADS}
    n = args[0].shape[0]
    for name in MLP_GRADS:
        alts[name].append((no_mean[name], f"every gradient matches a backward pass whose output error is n = {n} "
                                          f"times too large, n being the number of examples"))
        alts[name].append((twice[name], DAMPED))
    for name in ("dW1", "db1"):
        alts[name].append((at_output[name], f"{name} matches a backward pass in which every hidden unit passed "
                                            "gradient back, the inactive ones (z1 < 0) too: nothing was masked"))
        alts[name].append((ge_zero[name], f"{name} matches gradient flowing through a hidden unit whose "
                                          "pre-activation z1 is exactly 0, where the ReLU's derivative is 0"))
    alts["db1"].append((right["db1 axis 1"], "db1 was summed over the hidden units (one entry per example), not "
                                             "over the batch (one entry per hidden unit)"))
    alts["db2"].append((right["db2 axis 1"], "db2 was summed over the wrong axis: over the output unit, not the batch"))
    alts["dW1"].append((right["dW1.T"], "dW1 is transposed: it must have W1's shape (d, h)"))
    return alts


def _mlp_shape_reasons(n: int, d: int, h: int) -> dict[str, dict[tuple, str]]:
    not_summed = "{g} has one row per example, {shape}: it was not summed over the batch"
    return {
        "db1": {(n, h): not_summed.format(g="db1", shape=(n, h)),
                (n,): "db1 has one entry per example: it was summed over the hidden units, not over the batch",
                (1, h): "a gradient has its parameter's shape: db1 is (h,), not (1, h)"},
        "db2": {(n, 1): not_summed.format(g="db2", shape=(n, 1)),
                (n,): "db2 has one entry per example: it was summed over the wrong axis, not over the batch",
                (): "a gradient has its parameter's shape: db2 is (1,) like b2, not a bare number",
                (1, 1): "a gradient has its parameter's shape: db2 is (1,), not (1, 1)"},
        "dW1": {(h, d): "dW1 is transposed: it must have W1's shape (d, h)"},
        "dW2": {(1, h): "dW2 is transposed: it must have W2's shape (h, 1)",
                (h,): "dW2 must have W2's shape (h, 1), not (h,)"},
    }


def _loss_problem(got, want: float, n: int, per_example_sum: float) -> str | None:
    problem = scalar_mismatch(got, want, rtol=LOSS_RTOL, name="loss")
    if problem is None:
        return None
    arr, _ = as_array(got)
    reason = None
    if arr is not None and arr.size > 1:
        reason = "the loss is one number: the mean of the per-example cross-entropies"
    elif arr is not None and arr.size == 1:
        value = float(arr.reshape(()))
        if n > 1 and np.isclose(value, per_example_sum, rtol=LOSS_RTOL):
            reason = f"the loss is the sum over the batch, not the mean (n = {n})"
        elif np.isclose(value, -want, rtol=LOSS_RTOL):
            reason = "the loss has the wrong sign: it is exactly -1 times the expected loss"
    return explain(problem, reason)


def mlp_check(args: tuple, *, finite_differences: bool = False, dead: bool = False):
    """`dead`: no hidden unit is active, so dW1, db1 and dW2 must be exactly 0."""
    X, y, W1, b1, W2, b2 = args
    n, d = X.shape
    h = W1.shape[1]
    loss, *grads = mlp_backprop(*args)
    shapes = _mlp_shape_reasons(n, d, h)
    lazy: dict = {}

    def alternatives(name: str) -> list:
        """The classic wrong formulas, computed only once a gradient turns out wrong."""
        if not lazy:
            lazy.update(_mlp_alternatives(args))
        return lazy[name]
    numeric = _finite_differences(lambda *p: _mlp_loss(X, y, *p), [W1, b1, W2, b2]) if finite_differences else None

    def check(got):
        problem = sequence_of(got, 5, "mlp_backprop's result")
        if problem:
            return problem + "; return (loss, dW1, db1, dW2, db2)"
        problem = _loss_problem(got[0], loss, n, loss * n)
        if problem:
            return problem
        failures = {}
        for k, name in enumerate(MLP_GRADS):
            if numeric is not None:
                failures[name] = finite_difference_problem(got[k + 1], numeric[k], name, MLP_PARAMS[k], n)
            elif array_mismatch(got[k + 1], grads[k], rtol=GRAD_RTOL, atol=GRAD_ATOL) is None:
                failures[name] = None
            else:
                failures[name] = gradient_problem(got[k + 1], grads[k], name, n=n,
                                                  alternatives=alternatives(name), shape_reasons=shapes[name])
        wrong = [name for name, p in failures.items() if p]
        if not wrong:
            return None
        right = [name for name in MLP_GRADS if name not in wrong]
        summary = f"wrong: {', '.join(wrong)}" + (f"; right: {', '.join(right)}" if right else "")
        moved = [name for name, g in zip(MLP_GRADS[:3], got[1:4])
                 if (a := as_array(g)[0]) is not None and a.dtype.kind in "fiu" and np.any(a != 0)]
        return with_note(f"{summary}.\n{failures[wrong[0]]}",
                         f"no hidden unit is active here (every z1 < 0), so dW1, db1 and dW2 must be 0; "
                         f"{', '.join(moved)} {'is' if len(moved) == 1 else 'are'} not" if dead and moved else None)

    return check


def mlp_case(name: str, args: tuple, **options) -> Case:
    return case(name, "mlp_backprop", tuple(args), check=mlp_check(tuple(args), **options))


def _mlp_random(rng: np.random.Generator, n: int, d: int, h: int, *, clear_of_kinks: bool = False) -> tuple:
    while True:
        X = rng.normal(size=(n, d))
        W1 = rng.normal(size=(d, h)) / np.sqrt(d)
        b1 = rng.normal(scale=0.5, size=h)
        W2 = rng.normal(size=(h, 1)) / np.sqrt(h)
        b2 = rng.normal(scale=0.3, size=1)
        z1 = X @ W1 + b1
        z2 = np.maximum(z1, 0) @ W2 + b2
        if np.abs(z2).max() > 3:  # keep p inside (0.05, 0.95) so an eps in the logs stays invisible
            W2 *= 2.5 / np.abs(z2).max()
        if not clear_of_kinks or np.abs(z1).min() > 1e-3:
            break
    y = (rng.random((n, 1)) < 0.5).astype(np.float64)
    return X, y, W1, b1, W2, b2


def _mlp_fixed_small() -> tuple:
    X = np.array([[1.0, 2.0], [0.5, -1.0]])
    y = np.array([[1.0], [0.0]])
    W1 = np.array([[0.5, -0.5, 1.0], [0.25, 0.5, -0.5]])
    b1 = np.array([0.1, 0.0, -0.2])
    W2 = np.array([[1.0], [-1.0], [0.5]])
    b2 = np.array([0.2])
    return X, y, W1, b1, W2, b2


def mlp_examples() -> list[Case]:
    X, y, W1, b1, W2, b2 = _mlp_fixed_small()
    return [
        mlp_case("two examples, two features, three hidden units", (X, y, W1, b1, W2, b2)),
        mlp_case("one example", (X[:1], y[:1], W1, b1, W2, b2)),
        mlp_case("zero weights: loss is log 2, only db2 is non-zero",
                 (X, y, np.zeros((2, 3)), np.zeros(3), np.zeros((3, 1)), np.zeros(1))),
    ]


def mlp_hidden(rng: np.random.Generator) -> list[Case]:
    X, y, W1, b1, W2, b2 = _mlp_fixed_small()
    # Integer-valued inputs that put one pre-activation at exactly 0: z1[1, 0] = 2*1 - 4*0.5 + 0.
    zero_args = (np.array([[1.0, 2.0], [2.0, -4.0], [0.0, 1.0]]), np.array([[1.0], [0.0], [1.0]]),
                 np.array([[1.0, -2.0, 0.5], [0.5, 1.0, -1.0]]), np.array([0.0, 1.0, 0.5]),
                 np.array([[1.0], [-1.0], [0.5]]), np.array([0.0]))
    dead = _mlp_random(rng, 5, 3, 4)
    dead = (dead[0], dead[1], dead[2], np.full(4, -50.0), dead[4], dead[5])
    base = _mlp_random(rng, 4, 3, 5)
    stacked = (np.vstack([base[0], base[0]]), np.vstack([base[1], base[1]])) + base[2:]
    ones = _mlp_random(rng, 6, 2, 3)
    cases = [
        mlp_case("fixed small network", (X, y, W1, b1, W2, b2)),
        mlp_case("a pre-activation exactly 0: ReLU derivative 0 there", zero_args),
        mlp_case("every hidden unit dead (b1 = -50): dW1, db1, dW2 are 0", dead, dead=True),
        mlp_case("the batch stacked twice gives the same loss and gradients", stacked),
        mlp_case("all labels 1", (ones[0], np.ones((6, 1))) + ones[2:]),
        mlp_case("one feature, one hidden unit", _mlp_random(rng, 5, 1, 1)),
        mlp_case("square shapes n = d = h = 3", _mlp_random(rng, 3, 3, 3)),
        mlp_case("batch of 1", _mlp_random(rng, 1, 4, 3)),
        mlp_case("n == h = 4", _mlp_random(rng, 4, 2, 4)),
    ]
    for _ in range(5):
        n, d, h = random_shape(rng, 3, 1, 8)
        cases.append(mlp_case(f"random n={n}, d={d}, h={h}", _mlp_random(rng, n, d, h)))
    for _ in range(3):
        n, d, h = random_shape(rng, 3, 2, 5)
        cases.append(mlp_case(f"finite differences, n={n}, d={d}, h={h}",
                              _mlp_random(rng, n, d, h, clear_of_kinks=True), finite_differences=True))
    return cases


# ----------------------------------------------------------------------------------------
# linear_regression_gd


def _gd_variant(X, y, lr, epochs, *, factor=2.0, mean=True, sequential=False, update_b=True,
                sign=-1.0) -> tuple[np.ndarray, float]:
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    scale = factor / (n if mean else 1)
    with np.errstate(all="ignore"):
        for _ in range(epochs):
            err = X @ w + b - y
            w = w + sign * lr * scale * (X.T @ err)
            if sequential:
                err = X @ w + b - y  # the bias gradient recomputed after w already moved
            if update_b:
                b = b + sign * lr * scale * err.sum()
    return w, float(b)


LINREG_MISTAKES = (
    ({"factor": 1.0}, "w and b match gradient descent whose every step is half the size it should be"),
    ({"mean": False}, "w and b match gradient descent whose every step is n times too large, n being the number "
                      "of examples"),
    ({"sequential": True}, "matches updating w first and then computing the bias gradient from the new "
                           "predictions: compute dw and db from the same residuals, then update both"),
    ({"update_b": False}, "the bias never moved from 0: w matches gradient descent that leaves b alone"),
    ({"sign": 1.0}, "the update went uphill: w and b match steps along the gradient instead of against it"),
)


def linreg_check(X, y, lr, epochs, *, converges_to: tuple[np.ndarray, float] | None = None):
    """`converges_to`: the exact solution of noiseless data, which the iterates must reach."""
    w, b = linear_regression_gd(X, y, lr, epochs)

    def check(got):
        problem = sequence_of(got, 2, "linear_regression_gd's result")
        if problem:
            return problem + "; return (w, b)"
        problem = array_mismatch(got[0], w, name="w") or scalar_mismatch(got[1], b, name="b")
        if problem is None:
            return None
        got_w, _ = as_array(got[0])
        got_b, _ = as_array(got[1])
        if got_w is None or got_b is None or got_w.shape != w.shape or got_b.size != 1:
            return explain(problem, "w has one weight per feature (shape (d,)) and b is a single number"
                           if got_w is not None and got_w.shape != w.shape else None)
        got_b = float(got_b.reshape(()))
        reasons = []
        for options, reason in LINREG_MISTAKES:
            alt_w, alt_b = _gd_variant(X, y, lr, epochs, **options)
            if _close(got_w.astype(float), alt_w) and np.isclose(got_b, alt_b, rtol=1e-6, atol=1e-10, equal_nan=True):
                reasons.append(reason)
                break
        for off in (1, -1):
            if not reasons and epochs + off >= 0:
                alt_w, alt_b = _gd_variant(X, y, lr, epochs + off)
                if _close(got_w.astype(float), alt_w) and np.isclose(got_b, alt_b, rtol=1e-6, atol=1e-10):
                    reasons.append(f"matches {epochs + off} update{'' if epochs + off == 1 else 's'} "
                                   f"instead of epochs = {epochs}: run exactly `epochs` updates")
        if not np.isfinite(got_w).all() or not np.isfinite(got_b):
            reasons.append("the iterates diverged to inf/NaN, while correct gradient descent with this learning "
                           "rate converges")
        if converges_to is not None and not (_close(got_w.astype(float), converges_to[0], rtol=1e-4, atol=1e-4)
                                             and np.isclose(got_b, converges_to[1], rtol=1e-4, atol=1e-4)):
            reasons.append(f"on this noiseless data the iterates converge to w = {converges_to[0].tolist()}, "
                           f"b = {converges_to[1]}; yours ended at w = {np.round(got_w, 4).tolist()}, "
                           f"b = {round(got_b, 4)}")
        return explain(problem, *reasons)

    return check


def linreg_case(name: str, X, y, lr=None, epochs=None, **options) -> Case:
    kwargs = {}
    if lr is not None:
        kwargs["lr"] = lr
    if epochs is not None:
        kwargs["epochs"] = epochs
    return case(name, "linear_regression_gd", (X, y), kwargs,
                check=linreg_check(X, y, 0.01 if lr is None else lr, 1000 if epochs is None else epochs, **options))


def _stable_lr(X: np.ndarray, fraction: float) -> float:
    """A step size below 2 / (largest curvature of the MSE in (w, b)), so descent converges."""
    A = np.hstack([X, np.ones((len(X), 1))])
    top = 2 * np.linalg.eigvalsh(A.T @ A / len(X)).max()
    return float(np.round(fraction / top, 4)) or 1e-4


def linreg_examples() -> list[Case]:
    x = np.array([[1.0], [2.0], [3.0]])
    return [
        linreg_case("one step from zero", x, np.array([3.0, 5.0, 7.0]), lr=0.1, epochs=1),
        linreg_case("no epochs: the zero initialisation", x, np.array([3.0, 5.0, 7.0]), lr=0.1, epochs=0),
        linreg_case("fit y = 2x + 1 for 500 epochs", np.array([[-1.0], [0.0], [1.0], [2.0]]),
                    np.array([-1.0, 1.0, 3.0, 5.0]), lr=0.05, epochs=500),
    ]


def linreg_hidden(rng: np.random.Generator) -> list[Case]:
    x = np.linspace(-2, 2, 21)[:, None]
    X3 = rng.normal(size=(40, 3))
    w3, b3 = rng.normal(size=3).round(2), round(float(rng.normal()), 2)
    offset = rng.normal(size=(12, 2)) + np.array([3.0, -2.0])
    cases = [
        linreg_case("epochs=0 returns zeros", rng.normal(size=(4, 3)), rng.normal(size=4), lr=0.1, epochs=0),
        linreg_case("one step from zero", np.array([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]]),
                    np.array([1.0, -2.0, 3.0]), lr=0.1, epochs=1),
        linreg_case("two steps on off-centre features: update w and b together", offset,
                    offset @ np.array([1.5, -0.5]) + 4.0, lr=0.02, epochs=2),
        linreg_case("three steps: the factor 2 matters", np.array([[0.5], [1.0], [1.5], [2.0]]),
                    np.array([1.0, 2.5, 2.0, 4.0]), lr=0.1, epochs=3),
        linreg_case("default lr and epochs recover y = 3x + 2", x, 3 * x[:, 0] + 2,
                    converges_to=(np.array([3.0]), 2.0)),
        linreg_case("three noiseless features recover their weights", X3, X3 @ w3 + b3, lr=0.1, epochs=300,
                    converges_to=(w3, b3)),
        linreg_case("a single example", np.array([[2.0, -1.0]]), np.array([3.0]), lr=0.05, epochs=10),
        linreg_case("a constant target", rng.normal(size=(6, 2)), np.full(6, -1.5), lr=0.1, epochs=25),
    ]
    for _ in range(6):
        n, d = int(rng.integers(1, 31)), int(rng.integers(1, 6))
        X = rng.normal(size=(n, d)) * rng.uniform(0.5, 2.0) + rng.normal(scale=1.0, size=d)
        y = X @ rng.normal(size=d) + rng.normal() + rng.normal(scale=0.3, size=n)
        epochs = int(rng.choice([1, 2, 3, 5, 10, 50, 200]))
        lr = _stable_lr(X, float(rng.uniform(0.2, 1.6)))
        cases.append(linreg_case(f"random n={n}, d={d}, lr={lr}, epochs={epochs}", X, y, lr=lr, epochs=epochs))
    return cases


# ----------------------------------------------------------------------------------------
# logistic_regression_grad


def _logistic_loss(X, y, w, b) -> float:
    z = X @ w + b
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def logistic_check(X, y, w, b, *, finite_differences: bool = False):
    dw, db = logistic_regression_grad(X, y, w, b)
    n = len(X)
    z = X @ w + b
    p = sigmoid(z)
    r = p - y
    alts_w = [(X.T @ r, f"dw matches the gradient of the summed loss: n = {n} times too large, n being the "
                        f"number of examples"),
              (X.T @ (r * p * (1 - p)) / n, DAMPED),
              (X.T @ (z - y) / n, "the sigmoid is missing: dw matches residuals of the raw scores X @ w + b, "
                                  "used as if they were probabilities")]
    alts_b = [(np.asarray(r.sum()), f"db matches the gradient of the summed loss: n = {n} times too large"),
              (np.asarray((r * p * (1 - p)).mean()), alts_w[1][1]),
              (np.asarray((z - y).mean()), alts_w[2][1])]
    if finite_differences:
        num_w, num_b = _finite_differences(lambda w_, b_: _logistic_loss(X, y, w_, b_[0]), [w, np.array([b])])

    def check(got):
        problem = sequence_of(got, 2, "logistic_regression_grad's result")
        if problem:
            return problem + "; return (dw, db)"
        if finite_differences:
            problem = finite_difference_problem(got[0], num_w, "dw", "w", n)
        else:
            problem = gradient_problem(got[0], dw, "dw", n=n, alternatives=alts_w,
                                       shape_reasons={(1, len(w)): "dw has w's shape (d,)",
                                                      (len(w), 1): "dw has w's shape (d,)",
                                                      (n,): "dw has one entry per feature: X.T @ (p - y) / n"})
        problem = problem or db_problem(got[1])
        if problem is None:
            return None
        overflow = None
        arrays = [as_array(g)[0] for g in got]
        if np.abs(z).max() > 700 and any(a is not None and a.dtype.kind == "f" and not np.isfinite(a).all()
                                         for a in arrays):
            overflow = (f"the gradient has NaN or inf values, and the logits here reach magnitude "
                        f"{np.abs(z).max():.0f}: exp() of a number above about 709 overflows float64")
        return explain(problem, overflow)

    def db_problem(got):
        arr, problem = as_array(got, "db")
        if problem:
            return problem.replace("a NumPy array", "a number")
        if arr.size != 1:
            return explain(f"db: expected a single number, got {preview(arr)}",
                           f"db has one entry per example, shape {arr.shape}: db was not averaged over the batch"
                           if arr.shape in ((n,), (n, 1)) else None)
        value = arr.reshape(()).astype(np.float64)
        if finite_differences:
            return finite_difference_problem(value.reshape(1), num_b, "db", "b", n)
        problem = scalar_mismatch(value, db, rtol=GRAD_RTOL, atol=GRAD_ATOL, name="db")
        if problem is None:
            return None
        matched = next((reason for alt, reason in alts_b if _close(value, alt)), None)
        return explain(problem, matched, scale_reason(value, np.asarray(db), "db", n))

    return check


def logistic_case(name: str, X, y, w, b, **options) -> Case:
    return case(name, "logistic_regression_grad", (X, y, w, b), check=logistic_check(X, y, w, b, **options))


def _logistic_random(rng: np.random.Generator, n: int, d: int) -> tuple:
    X = rng.normal(size=(n, d))
    w = rng.normal(size=d)
    b = float(rng.normal())
    y = (rng.random(n) < 0.5).astype(np.float64)
    return X, y, w, b


def logistic_examples() -> list[Case]:
    X = np.array([[1.0, 2.0], [3.0, -1.0], [0.0, 1.0]])
    y = np.array([1.0, 0.0, 1.0])
    return [
        logistic_case("three examples, two features", X, y, np.array([0.5, -0.25]), 0.1),
        logistic_case("zero weights: every p is 0.5", X, y, np.zeros(2), 0.0),
    ]


def logistic_hidden(rng: np.random.Generator) -> list[Case]:
    X, y, w, b = _logistic_random(rng, 5, 3)
    Xs = np.array([[1.0, 0.0], [-1.0, 0.5], [2.0, 1.0], [0.0, -1.0], [0.5, 0.5], [-2.0, -1.0]])
    ws = np.array([800.0, -500.0])  # logits 800, -1050, 1100, 500, 150, -1100
    ys = (Xs @ ws > 0).astype(np.float64)
    ys[:2] = 1 - ys[:2]  # two confidently wrong examples: residual +-1
    Xc = rng.normal(size=(8, 2))
    wc = np.array([6.0, -6.0])
    yc = (Xc @ wc > 0).astype(np.float64)
    cases = [
        logistic_case("fixed", np.array([[1.0, 2.0], [3.0, -1.0], [0.0, 1.0]]), np.array([1.0, 0.0, 1.0]),
                      np.array([0.5, -0.25]), 0.1),
        logistic_case("zero weights and bias: p = 0.5 everywhere", X, y, np.zeros(3), 0.0),
        logistic_case("the batch stacked twice gives the same gradient", np.vstack([X, X]), np.concatenate([y, y]),
                      w, b),
        logistic_case("logits of magnitude ~1000 stay finite", Xs, ys, ws, 0.0),
        logistic_case("confident, correct predictions: a gradient near 0", Xc, yc, wc, 0.0),
        logistic_case("a single example", rng.normal(size=(1, 4)), np.array([1.0]), rng.normal(size=4), -0.5),
        logistic_case("a single feature", rng.normal(size=(7, 1)), (rng.random(7) < 0.5).astype(float),
                      np.array([1.3]), 0.4),
        logistic_case("all labels 0", X, np.zeros(5), w, b),
    ]
    for _ in range(5):
        n, d = int(rng.integers(1, 30)), int(rng.integers(1, 7))
        cases.append(logistic_case(f"random n={n}, d={d}", *_logistic_random(rng, n, d)))
    for _ in range(2):
        n, d = int(rng.integers(2, 12)), int(rng.integers(1, 5))
        cases.append(logistic_case(f"finite differences, n={n}, d={d}", *_logistic_random(rng, n, d),
                                   finite_differences=True))
    return cases


EXERCISES = [
    Exercise(
        id="mlp_backprop",
        title="Backprop through a two-layer MLP",
        summary="mlp_backprop(X, y, W1, b1, W2, b2): ReLU hidden layer, sigmoid output, mean BCE; loss and all gradients",
        category="deep learning",
        difficulty="medium",
        defines=("mlp_backprop",),
        params=("X", "y", "W1", "b1", "W2", "b2"),
        examples=mlp_examples,
        hidden=mlp_hidden,
        solution="gradients",
    ),
    Exercise(
        id="linear_regression_gd",
        title="Linear regression by gradient descent",
        summary="linear_regression_gd(X, y, lr, epochs): full-batch gradient descent on MSE from zero; returns (w, b)",
        category="ML coding",
        difficulty="easy",
        defines=("linear_regression_gd",),
        params=("X", "y", "lr", "epochs"),
        examples=linreg_examples,
        hidden=linreg_hidden,
        solution="gradients",
    ),
    Exercise(
        id="logistic_regression_grad",
        title="Gradient of logistic regression",
        summary="logistic_regression_grad(X, y, w, b): gradient of mean binary cross-entropy; returns (dw, db)",
        category="classical algorithms",
        difficulty="easy",
        defines=("logistic_regression_grad",),
        params=("X", "y", "w", "b"),
        examples=logistic_examples,
        hidden=logistic_hidden,
        solution="gradients",
    ),
]
