"""Network building blocks: layer_norm, dropout (inverted) and adam_step.

layer_norm and adam_step are compared with the reference and, on failure, with the
classic wrong formulas (unbiased variance, eps outside the square root, the wrong
axis; Adam without bias correction, with t counted from 0, eps inside the root,
bias-corrected moments returned as state).

dropout is random, and two correct solutions draw different masks from the same
generator, so it is judged by properties instead: every entry is 0 or x/(1-p), the
fraction dropped is within a Hoeffding bound of p, the expectation is preserved, the
dropped positions are spread over the array, the same seed reproduces the same
output, and training=False or p=0 is the identity. Each statistical test is set to a
false-failure probability of at most 1e-8, and a hidden suite runs fewer than 20 of
them, so a correct solution fails a run with probability below 1e-6.
"""

from __future__ import annotations

import math
from typing import Any, Callable

import numpy as np

from reference.cases import case, explain, random_shape, show_value
from reference.checks import array_mismatch, as_array, number, sequence_of
from reference.exercise import Call, Case, Exercise
from reference.solutions.layers import adam_step, dropout, layer_norm


def _close(a: np.ndarray, b: np.ndarray, rtol: float = 1e-6, atol: float = 1e-9) -> bool:
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=True))


# ----------------------------------------------------------------------------------------
# layer_norm


def _ln_variant(x, gamma, beta, eps, *, axis=-1, ddof=0, eps_outside=False, affine="right"):
    with np.errstate(all="ignore"):
        mu = x.mean(axis=axis, keepdims=True)
        var = ((x - mu) ** 2).sum(axis=axis, keepdims=True) / (
            (x.size if axis is None else x.shape[axis]) - ddof)
        xhat = (x - mu) / (np.sqrt(var) + eps if eps_outside else np.sqrt(var + eps))
        if affine == "none":
            return xhat
        if affine == "swapped":
            return xhat * beta + gamma
        return xhat * gamma + beta


def layer_norm_check(x, gamma, beta, eps, *, standardised: bool = False):
    """`standardised`: gamma = 1 and beta = 0, so each output row must have mean 0 and variance
    var / (var + eps), a property that names a broken variance without guessing its formula."""
    want = layer_norm(x, gamma, beta, eps)
    alternatives = [
        (_ln_variant(x, gamma, beta, eps, ddof=1), "the output matches the variance divided by d - 1 (the "
                                                   "unbiased variance) instead of by d"),
        (_ln_variant(x, gamma, beta, eps, eps_outside=True), "the output matches dividing by sqrt(var) + eps: "
                                                             "eps was added to the standard deviation, not to "
                                                             "the variance"),
        (_ln_variant(x, gamma, beta, 0.0), "the output matches eps = 0: eps was left out"),
        (_ln_variant(x, gamma, beta, eps, affine="swapped"), "gamma and beta are swapped: out = x_hat * gamma + beta"),
        (_ln_variant(x, gamma, beta, eps, affine="none"), "gamma and beta were not applied: out = x_hat * gamma + beta"),
        (_ln_variant(x, gamma, beta, eps, axis=None), "normalised over the whole array: the output matches one "
                                                      "mean and variance for all of x, not one per row"),
    ]
    if x.ndim >= 2:
        alternatives.insert(0, (_ln_variant(x, gamma, beta, eps, axis=0),
                                "normalised over axis 0: the output matches each feature's mean and variance "
                                "across the examples, not each example's over its own features"))

    def check(got):
        problem = array_mismatch(got, want)
        if problem is None:
            return None
        arr, _ = as_array(got)
        reasons = []
        if arr is not None and arr.shape == want.shape:
            a = arr.astype(np.float64)
            flat, rows = a.reshape(-1, x.shape[-1]), x.reshape(-1, x.shape[-1])
            constant_nan = np.flatnonzero((np.ptp(rows, axis=-1) == 0) & np.isnan(flat).any(axis=-1))
            if constant_nan.size:
                reasons.append(f"row {int(constant_nan[0])} is constant (variance 0) and came out NaN; it must "
                               f"come out as beta")
            reasons.append(next((r for alt, r in alternatives if _close(a, alt) and not _close(alt, want)), None))
            if x.shape[-1] == 1 and not _close(a, np.broadcast_to(beta, a.shape)):
                reasons.append("with one feature x - mean is 0, so every output is beta; yours is not")
            if standardised:
                reasons.append(_standardised_reason(flat, rows, eps))
        elif arr is not None and arr.shape == want.shape[:-1]:
            reasons.append("the output has lost the last axis: it must have x's shape, one normalised value "
                           "per feature (keepdims=True)")
        return explain(problem, *reasons)

    return check


def _standardised_reason(out: np.ndarray, rows: np.ndarray, eps: float) -> str | None:
    """With gamma = 1 and beta = 0 a row comes out with mean 0 and variance var / (var + eps)."""
    with np.errstate(all="ignore"):
        var = rows.var(axis=-1)
        expected = var / (var + eps)
        means, variances = out.mean(axis=-1), out.var(axis=-1)
    bad = ~(np.isclose(means, 0, atol=1e-6) & np.isclose(variances, expected, rtol=1e-4))
    if not bad.any():
        return None
    i = int(np.flatnonzero(bad)[0])
    return (f"with gamma = 1 and beta = 0 every output row must have mean 0 and variance var / (var + eps) = "
            f"{number(float(expected[i]))}; row {i} has mean {number(float(means[i]))} and variance "
            f"{number(float(variances[i]))}")


def layer_norm_case(name: str, x, gamma, beta, eps=None, **options) -> Case:
    kwargs = {} if eps is None else {"eps": eps}
    return case(name, "layer_norm", (x, gamma, beta), kwargs,
                check=layer_norm_check(x, gamma, beta, 1e-5 if eps is None else eps, **options))


def layer_norm_examples() -> list[Case]:
    x = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0]])
    return [
        layer_norm_case("each row normalised on its own", x, np.ones(3), np.zeros(3)),
        layer_norm_case("gamma scales, beta shifts", x, np.array([1.0, 2.0, 0.5]), np.array([0.0, -1.0, 1.0])),
        layer_norm_case("a constant row gives beta", np.array([[5.0, 5.0, 5.0, 5.0]]), np.ones(4),
                        np.array([0.5, 0.0, -0.5, 1.0])),
    ]


def layer_norm_hidden(rng: np.random.Generator) -> list[Case]:
    g4, b4 = rng.normal(size=4), rng.normal(size=4)
    row = rng.normal(size=6)
    cases = [
        layer_norm_case("fixed 2 x 4 with gamma and beta", np.array([[1.0, -2.0, 3.0, 0.5], [10.0, 10.5, 9.0, 11.0]]),
                        np.array([1.0, 0.5, 2.0, -1.0]), np.array([0.1, 0.2, -0.3, 0.0])),
        layer_norm_case("a constant row is beta, not NaN", np.array([[7.0, 7.0, 7.0], [1.0, 2.0, 4.0]]),
                        np.array([2.0, 1.0, 0.5]), np.array([-1.0, 0.0, 1.0])),
        layer_norm_case("a large eps", rng.normal(size=(3, 5)), np.ones(5), np.zeros(5), eps=0.5, standardised=True),
        layer_norm_case("tiny variance: eps dominates", 1e-3 * rng.normal(size=(2, 6)), np.ones(6), np.zeros(6),
                        standardised=True),
        layer_norm_case("a single feature (d = 1) is always beta", rng.normal(size=(4, 1)), np.array([3.0]),
                        np.array([0.25])),
        layer_norm_case("a 1-d vector", rng.normal(size=7) * 3 + 1, rng.normal(size=7), rng.normal(size=7)),
        layer_norm_case("3-d input (batch, seq, features)", rng.normal(size=(2, 3, 5)), rng.normal(size=5),
                        rng.normal(size=5)),
        layer_norm_case("a square matrix: rows, not columns", rng.normal(size=(4, 4)) * np.array([1.0, 5.0, 0.2, 2.0]),
                        g4, b4),
        layer_norm_case("a large common offset (1e5)", 1e5 + 0.1 * rng.normal(size=(3, 8)), np.ones(8), np.zeros(8),
                        standardised=True),
        layer_norm_case("two rows that differ by a shift and a scale give the same output",
                        np.vstack([row, 4.0 * row - 3.0]), np.ones(6), np.zeros(6)),
    ]
    for _ in range(5):
        ndim = int(rng.integers(1, 4))
        shape = random_shape(rng, ndim, 1, 7)
        x = rng.normal(size=shape) * float(rng.choice([0.1, 1.0, 10.0])) + rng.normal()
        d = shape[-1]
        cases.append(layer_norm_case(f"random {shape}", x, rng.normal(size=d), rng.normal(size=d)))
    return cases


# ----------------------------------------------------------------------------------------
# dropout

DROPOUT_DRIVER = '''
import numpy as _hotseat_np


def _hotseat_dropout(x, p, seed, training=True):
    rng = _hotseat_np.random.default_rng(seed)
    if training:
        return dropout(x, p, rng)
    return dropout(x, p, rng, training=False)


def _hotseat_dropout_seeds(x, p, seeds):
    return [dropout(x, p, _hotseat_np.random.default_rng(s)) for s in seeds]
'''

DELTA = 1e-8  # false-failure probability of one statistical test


def hoeffding(count: int, delta: float = DELTA) -> float:
    """t such that P(|mean of `count` independent [0, 1] draws - its expectation| >= t) <= delta."""
    return math.sqrt(math.log(2 / delta) / (2 * count))


def _dropout_show(x, p, seed, training=True) -> str:
    extra = "" if training else ", training=False"
    return f"dropout({show_value(x)}, {p!r}, np.random.default_rng({seed}){extra})"


def _entries_problem(arr: np.ndarray, x: np.ndarray, p: float) -> str | None:
    """Every entry must be 0 (dropped) or x / (1 - p) (kept)."""
    kept_value = x / (1 - p)
    zero = arr == 0
    scaled = np.isclose(arr, kept_value, rtol=1e-6, atol=1e-12)
    bad = ~(zero | scaled)
    if not bad.any():
        return None
    at = tuple(int(i) for i in np.argwhere(bad)[0])
    message = (f"entry {at if at else ''} is {number(arr[at])}; with p = {p!r} every entry must be 0 (dropped) or "
               f"x / (1 - p) = {number(kept_value[at])} (kept). {int(bad.sum())} of {arr.size} entries are neither")
    nonzero = ~zero
    reasons = [
        "the kept entries equal x: the survivors were not rescaled" if np.allclose(arr[nonzero], x[nonzero]) else None,
        "the kept entries are x * (1 - p), smaller than x rather than larger"
        if np.allclose(arr[nonzero], x[nonzero] * (1 - p)) else None,
        "the kept entries are x / p: they were scaled by the probability of dropping, p"
        if p > 0 and np.allclose(arr[nonzero], x[nonzero] / p) else None,
    ]
    return explain(message, *reasons)


def _fraction_problem(arr: np.ndarray, p: float, what: str = "the output", delta: float = DELTA) -> str | None:
    n = arr.size
    dropped = float(np.mean(arr == 0))
    bound = hoeffding(n, delta)
    if abs(dropped - p) <= bound:
        return None
    message = (f"{what}: a fraction {dropped:.4f} of its {n} entries was dropped, expected close to p = {p!r} "
               f"(allowed |fraction - p| <= {bound:.4f}, a bound a correct dropout exceeds with probability < {delta:g})")
    return explain(message,
                   "you drop with probability 1 - p: p is the probability of zeroing an entry" if abs(dropped - (1 - p)) <= bound else None,
                   "nothing was dropped" if dropped == 0 else None)


def dropout_check(x: np.ndarray, p: float, *, training: bool = True, statistics: bool = True,
                  expectation: bool = False, quarters: bool = False):
    identity = not training or p == 0

    def check(got):
        arr, problem = as_array(got)
        if problem:
            return problem
        if arr.shape != x.shape:
            return f"output shape: expected {x.shape} (the shape of x), got {arr.shape}"
        if arr.dtype.kind != "f":
            return f"output dtype: expected a float array, got {arr.dtype}"
        if identity:
            problem = array_mismatch(arr, x)
            if problem is None:
                return None
            zeroed = int(np.sum((arr == 0) & (x != 0)))
            when = "with training=False" if not training else "with p = 0"
            return explain(problem,
                           "with training=False the output is x * (1 - p): x was scaled at inference"
                           if not training and np.allclose(arr, x * (1 - p)) else None,
                           f"{when} {zeroed} entries were still zeroed: dropout ran" if zeroed else None,
                           f"{when} the output must be x itself")
        if not np.isfinite(arr).all():
            return f"output contains non-finite values: {np.count_nonzero(~np.isfinite(arr))} entries"
        problem = _entries_problem(arr, x, p)
        if problem or not statistics:
            return problem
        if quarters:
            for k, part in enumerate(np.array_split(arr.ravel(), 4)):
                problem = _fraction_problem(part, p, f"quarter {k + 1} of the flattened output", DELTA / 4)
                if problem:
                    # A quarter can be off because the whole array is: then that is the failure to name.
                    whole = _fraction_problem(arr, p)
                    if whole:
                        return whole
                    return explain(problem.split("\nWhy:")[0],
                                   "the dropped entries are not spread over the array: the whole array's share "
                                   "is close to p but this quarter's is not, as when a block is dropped instead "
                                   "of entries chosen independently")
            return None
        problem = _fraction_problem(arr, p)
        if problem or not expectation:
            return problem
        # Hoeffding for a sum of independent terms, term i ranging over [0, x_i / (1 - p)].
        ranges = x.ravel() / (1 - p)
        slack = math.sqrt(math.log(2 / DELTA) * float(np.sum(ranges ** 2)) / 2)
        total, want = float(arr.sum()), float(x.sum())
        if abs(total - want) > slack:
            return (f"expectation not preserved: the output sums to {total:.6g}, the input to {want:.6g} "
                    f"(allowed difference {slack:.4g})")
        return None

    return check


def dropout_case(name: str, x: np.ndarray, p: float, seed: int, *, training: bool = True, **options) -> Case:
    kwargs = {} if training else {"training": False}
    return Case(name, Call("_hotseat_dropout", (x, p, seed), kwargs),
                dropout_check(x, p, training=training, **options), display=lambda: _dropout_show(x, p, seed, training))


def reproducible_check(x: np.ndarray, p: float):
    def check(got):
        problem = sequence_of(got, 3, "the three calls' outputs")
        if problem:
            return problem
        arrays = []
        for k, g in enumerate(got):
            arr, problem = as_array(g, f"call {k + 1}")
            if problem:
                return problem
            if arr.shape != x.shape:
                return f"call {k + 1}: expected shape {x.shape}, got {arr.shape}"
            arrays.append(arr)
        problem = _entries_problem(arrays[0], x, p)
        if problem:
            return problem
        if not np.array_equal(arrays[0], arrays[1]):
            return ("two calls with generators built from the same seed returned different outputs: draw all "
                    "randomness from `rng` (e.g. rng.random(x.shape)), not from np.random or a fresh generator")
        if np.array_equal(arrays[0], arrays[2]):
            return ("generators with different seeds produced the same mask: the mask must come from `rng`, "
                    "not from a fixed seed or a deterministic pattern")
        return None

    return check


def _signed(rng: np.random.Generator, shape) -> np.ndarray:
    """Values with no zeros, so a dropped entry (0) is never confused with a kept one."""
    return rng.uniform(0.5, 2.0, size=shape) * rng.choice([-1.0, 1.0], size=shape)


def _seed(rng: np.random.Generator) -> int:
    return int(rng.integers(0, 2**31))


def dropout_examples() -> list[Case]:
    x = np.array([[1.0, -2.0, 3.0, 4.0], [0.5, 1.5, -1.0, 2.0]])
    return [
        dropout_case("training=False returns x unchanged", x, 0.5, 0, training=False),
        dropout_case("p=0.5: every entry is 0 or 2x", x, 0.5, 7, statistics=False),
        dropout_case("p=0 keeps everything", x, 0.0, 3),
    ]


def dropout_hidden(rng: np.random.Generator) -> list[Case]:
    x_rep = _signed(rng, (20, 50))
    seed = _seed(rng)
    cases = [
        dropout_case("training=False is the identity (p=0.5)", _signed(rng, (6, 5)), 0.5, _seed(rng), training=False),
        dropout_case("training=False is the identity (p=0.9, 3-d)", _signed(rng, (2, 3, 4)), 0.9, _seed(rng),
                     training=False),
        dropout_case("p=0 returns x unchanged", _signed(rng, (4, 6)), 0.0, _seed(rng)),
        dropout_case("a single element", np.array([1.5]), 0.5, _seed(rng), statistics=False),
        dropout_case("p=0.3: every entry is 0 or x/(1-p), about 30% dropped", _signed(rng, (50, 40)), 0.3, _seed(rng)),
        dropout_case("p=0.1 drops about 10%", _signed(rng, (100, 100)), 0.1, _seed(rng)),
        dropout_case("p=0.8 drops about 80%", _signed(rng, (100, 100)), 0.8, _seed(rng)),
        dropout_case("p=0.95: survivors are 20x", _signed(rng, (10, 10)), 0.95, _seed(rng), statistics=False),
        dropout_case("expectation preserved: the output sums to about sum(x)", rng.uniform(0.5, 2.0, size=(100, 100)),
                     0.5, _seed(rng), expectation=True),
        dropout_case("dropped positions are spread over the array", _signed(rng, (4, 2500)), 0.4, _seed(rng),
                     quarters=True),
        Case("the same seed gives the same output, another seed another mask",
             Call("_hotseat_dropout_seeds", (x_rep, 0.5, [seed, seed, seed + 1])), reproducible_check(x_rep, 0.5),
             display=f"[dropout(x, 0.5, np.random.default_rng(s)) for s in {[seed, seed, seed + 1]}]"),
    ]
    for _ in range(3):
        ndim = int(rng.integers(1, 4))
        shape = random_shape(rng, ndim, 2, {1: 4000, 2: 60, 3: 16}[ndim])
        while int(np.prod(shape)) < 2000:
            shape = shape[:-1] + (shape[-1] * 2,)
        p = round(float(rng.uniform(0.05, 0.95)), 2)
        cases.append(dropout_case(f"random {shape}, p={p}", _signed(rng, shape), p, _seed(rng)))
    return cases


# ----------------------------------------------------------------------------------------
# adam_step

ADAM_OUT = ("new_param", "new_m", "new_v")
ADAM_DEFAULTS = {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8}


def _adam_variant(param, grad, m, v, t, lr, beta1, beta2, eps, *, correct=True, t_shift=0, eps_inside=False,
                  return_hat=False, second="square", swap_betas=False, sign=-1.0):
    if swap_betas:
        beta1, beta2 = beta2, beta1
    with np.errstate(all="ignore"):
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * {"square": grad ** 2, "raw": grad, "abs": np.abs(grad)}[second]
        tt = t + t_shift
        m_hat = m / (1 - beta1 ** tt) if correct else m
        v_hat = v / (1 - beta2 ** tt) if correct else v
        step = m_hat / (np.sqrt(v_hat + eps) if eps_inside else np.sqrt(v_hat) + eps)
        new = param + sign * lr * step
    return (new, m_hat, v_hat) if return_hat else (new, m, v)


ADAM_MISTAKES = (
    ({"correct": False}, "no bias correction: the update matches m and v used as they are, uncorrected, so early "
                         "steps come out the wrong size"),
    ({"t_shift": 1}, "the bias correction used t + 1: t counts steps from 1 (the first call has t = 1); "
                     "do not increment it or count from 0"),
    ({"t_shift": -1}, "the bias correction used t - 1: use beta1**t and beta2**t with the t you were given"),
    ({"eps_inside": True}, "the update matches eps added to v_hat inside the square root, not to its root"),
    ({"return_hat": True}, "the bias-corrected m_hat and v_hat were returned as the new state: return the raw moving "
                           "averages m and v (the correction is recomputed from them at every step)"),
    ({"second": "raw"}, "new_v matches a moving average of the gradient itself, not of its square"),
    ({"second": "abs"}, "new_v matches a moving average of |grad|, not of the squared gradient"),
    ({"swap_betas": True}, "beta1 and beta2 are swapped: beta1 averages the gradient (m), beta2 its square (v)"),
    ({"sign": 1.0}, "the step went uphill: the parameters moved along the gradient instead of against it"),
)


def adam_problem(got, want: tuple, explain_with) -> str | None:
    problem = sequence_of(got, 3, "adam_step's result")
    if problem:
        return problem + "; return (new_param, new_m, new_v)"
    for name, g, w in zip(ADAM_OUT, got, want):
        problem = array_mismatch(g, w, name=name)
        if problem:
            return explain_with(problem)
    return None


def adam_check(param, grad, m, v, t, kwargs: dict, *, note: Callable[[Any], str | None] | None = None):
    """`note` gives a reason from the returned value when no mistake is recognised."""
    settings = ADAM_DEFAULTS | kwargs
    want = adam_step(param, grad, m, v, t, **kwargs)

    def reasons(got) -> list[str | None]:
        arrays = [as_array(g)[0] for g in got]
        if any(a is None or a.shape != w.shape for a, w in zip(arrays, want)):
            return []
        arrays = [a.astype(np.float64) for a in arrays]
        found = []
        for options, reason in ADAM_MISTAKES:
            alt = _adam_variant(param, grad, m, v, t, **settings, **options)
            if all(_close(a, b) for a, b in zip(arrays, alt)) or (
                    _close(arrays[0], alt[0]) and not _close(alt[0], want[0])):
                found.append(reason)
                break
        if t == 1 and not np.any(m) and not np.any(v) and np.all(np.abs(grad) > 1e-3):
            moved = np.abs(arrays[0] - param)
            lr = settings["lr"]
            if not np.allclose(moved, lr, rtol=1e-3):
                found.append(f"on the first step from m = v = 0 (t = 1) every parameter moves by almost exactly "
                             f"lr = {lr:g} against its gradient's sign; yours moved by "
                             f"{number(float(moved.min()))} to {number(float(moved.max()))}")
        return found

    def explain_with(problem: str, got) -> str:
        found = reasons(got)
        text = explain(problem, *found, note(got) if note else None)
        if len(found) > 1:  # a named mistake, plus what the first step should have looked like
            text += f"\nFirst step: {found[-1]}"
        return text

    def check(got):
        return adam_problem(got, want, lambda problem: explain_with(problem, got))

    return check


def adam_case(name: str, param, grad, m, v, t, note: Callable[[Any], str | None] | None = None,
              **kwargs) -> Case:
    return case(name, "adam_step", (param, grad, m, v, t), kwargs,
                check=adam_check(param, grad, m, v, t, kwargs, note=note))


ADAM_DRIVER = '''
import numpy as _hotseat_np


def _hotseat_adam_run(param, target, steps, lr):
    """Minimise ||param - target||^2 with the candidate's adam_step, threading m, v and t."""
    param = _hotseat_np.array(param, dtype=float)
    m = _hotseat_np.zeros_like(param)
    v = _hotseat_np.zeros_like(param)
    for t in range(1, steps + 1):
        grad = 2.0 * (param - target)
        param, m, v = adam_step(param, grad, m, v, t, lr=lr)
        param, m, v = (_hotseat_np.asarray(a, dtype=float) for a in (param, m, v))
    return param, m, v
'''


def _adam_run(param, target, steps, lr, **mistake):
    """The driver's loop, with the reference's step or with one of ADAM_MISTAKES."""
    m, v = np.zeros_like(param), np.zeros_like(param)
    for t in range(1, steps + 1):
        grad = 2.0 * (param - target)
        if mistake:
            param, m, v = _adam_variant(param, grad, m, v, t, **(ADAM_DEFAULTS | {"lr": lr}), **mistake)
        else:
            param, m, v = adam_step(param, grad, m, v, t, lr=lr)
    return param, m, v


def _stayed_put(param: np.ndarray) -> Callable[[Any], str | None]:
    """With a zero gradient from zero state the update is 0 / (0 + eps): the parameters must not move."""
    def note(got) -> str | None:
        new, _ = as_array(got[0])
        if new is None or new.shape != param.shape:
            return None
        if np.isnan(new).any():
            return "with a zero gradient and zero state the new parameters came out NaN; they must stay put"
        moved = int(np.sum(~np.isclose(new, param)))
        return f"with a zero gradient and zero state {moved} parameters moved; they must stay put" if moved else None
    return note


def adam_run_case(name: str, param, target, steps: int, lr: float) -> Case:
    want = _adam_run(param, target, steps, lr)
    start = float(np.abs(param - target).max())

    def run_reason(got) -> str | None:
        """The mistake whose whole run of `steps` updates ends where the candidate's did."""
        arrays = [as_array(g)[0] for g in got]
        if any(a is None or a.shape != w.shape for a, w in zip(arrays, want)):
            return None
        for options, reason in ADAM_MISTAKES:
            alt = _adam_run(param, target, steps, lr, **options)
            if all(_close(a.astype(np.float64), b) for a, b in zip(arrays, alt)):
                return f"after {steps} steps: {reason}"
        return None

    def check(got):
        return adam_problem(got, want, lambda problem: explain(problem, run_reason(got)))

    return Case(name, Call("_hotseat_adam_run", (param, target, steps, lr)), check,
                display=lambda: f"{steps} steps of adam_step(..., lr={lr}) on ||x - target||^2 from x = {show_value(param)}, "
                     f"target = {show_value(target)} (max distance {start:.3g})")


def adam_examples() -> list[Case]:
    z = np.zeros(3)
    return [
        adam_case("first step from zero state", np.array([1.0, -2.0, 0.5]), np.array([0.5, -1.0, 2.0]), z, z, 1),
        adam_case("a later step with state", np.array([1.0, -2.0]), np.array([0.2, -0.1]),
                  np.array([0.05, -0.02]), np.array([0.01, 0.004]), 5),
        adam_case("custom hyperparameters", np.array([0.0, 1.0]), np.array([1.0, 1.0]), np.zeros(2), np.zeros(2), 1,
                  lr=0.1, beta1=0.5, beta2=0.9),
    ]


def _adam_state(rng: np.random.Generator, shape, t: int) -> tuple:
    grad = rng.normal(size=shape)
    m = rng.normal(scale=0.3, size=shape) * (1 - 0.9 ** (t - 1))
    v = rng.uniform(0.1, 1.0, size=shape) * (1 - 0.999 ** (t - 1))
    return rng.normal(size=shape), grad, m, v


def adam_hidden(rng: np.random.Generator) -> list[Case]:
    z = np.zeros((2, 3))
    cases = [
        adam_case("first step (t=1) from zero state moves each parameter by lr", rng.normal(size=(2, 3)),
                  _signed(rng, (2, 3)), z, z, 1),
        adam_case("second step (t=2)", *_adam_state(rng, 4, 2), 2),
        adam_case("step t=10", *_adam_state(rng, (3, 2), 10), 10),
        adam_case("step t=1000: bias correction of v still matters", *_adam_state(rng, 5, 1000), 1000),
        adam_case("custom lr and betas", *_adam_state(rng, 4, 3), 3, lr=0.05, beta1=0.8, beta2=0.99),
        adam_case("tiny gradients: eps matters", np.ones(4), np.array([1e-7, -2e-7, 5e-8, 3e-7]), np.zeros(4),
                  np.zeros(4), 1),
        adam_case("a larger eps", *_adam_state(rng, 3, 4), 4, eps=1e-2),
        adam_case("zero gradient and zero state: no move, no NaN", np.array([0.5, -1.5]), np.zeros(2), np.zeros(2),
                  np.zeros(2), 1, note=_stayed_put(np.array([0.5, -1.5]))),
        adam_case("a one-element parameter", np.array([2.0]), np.array([-0.5]), np.array([0.1]), np.array([0.2]), 7),
        adam_case("3-d parameter", *_adam_state(rng, (2, 2, 3), 6), 6),
    ]
    for _ in range(4):
        t = int(rng.integers(1, 60))
        shape = random_shape(rng, int(rng.integers(1, 3)), 1, 5)
        cases.append(adam_case(f"random {shape}, t={t}", *_adam_state(rng, shape, t), t))
    start, target = rng.normal(size=4) * 2, rng.normal(size=4)
    cases.append(adam_run_case("40 steps of Adam on a quadratic, threading m, v and t", start, target, 40, 0.1))
    return cases


EXERCISES = [
    Exercise(
        id="layer_norm",
        title="Layer normalisation",
        summary="layer_norm(x, gamma, beta, eps=1e-5): normalise each example over its last axis, then scale and shift",
        category="deep learning",
        difficulty="easy",
        defines=("layer_norm",),
        params=("x", "gamma", "beta", "eps"),
        examples=layer_norm_examples,
        hidden=layer_norm_hidden,
        solution="layers",
    ),
    Exercise(
        id="dropout",
        title="Inverted dropout",
        summary="dropout(x, p, rng, training=True): zero each entry with probability p, scale survivors by 1/(1-p)",
        category="deep learning",
        difficulty="easy",
        defines=("dropout",),
        params=("x", "p", "seed", "training"),
        examples=dropout_examples,
        hidden=dropout_hidden,
        solution="layers",
        driver=DROPOUT_DRIVER,
    ),
    Exercise(
        id="adam_step",
        title="One Adam step",
        summary="adam_step(param, grad, m, v, t, ...): one Adam update with bias correction; returns (param, m, v)",
        category="deep learning",
        difficulty="medium",
        defines=("adam_step",),
        params=("param", "grad", "m", "v", "t"),
        examples=adam_examples,
        hidden=adam_hidden,
        solution="layers",
        driver=ADAM_DRIVER,
    ),
]
