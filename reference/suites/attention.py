"""attention: softmax(Q K^T / sqrt(d_k)) V over the last two axes, with leading dims and boolean masks.

Also home of the helpers the rest of the attention family reuses (multi-head, grouped-query,
KV-cache decode): the classic wrong formulas, recognised by recomputing them in the trusted
process and comparing with what came back, and the `_hotseat_twice` driver that calls a
candidate's function on two related inputs so a check can judge a property that links them
(causality, permutation equivariance).
"""

from __future__ import annotations

from typing import Callable, Iterable

import numpy as np

from reference.cases import case, explain
from reference.checks import RTOL, ATOL, array_mismatch, as_array, sequence_of
from reference.exercise import Call, Case, Exercise
from reference.solutions.attention import attention, causal_mask, softmax

# Runs in the kernel after the submission: call one of the candidate's functions on two
# inputs and hand back both outputs. It only executes; the checks judge.
DRIVER = '''
def _hotseat_twice(entry, args_a, kwargs_a, args_b, kwargs_b):
    fn = globals()[entry]
    return fn(*args_a, **kwargs_a), fn(*args_b, **kwargs_b)
'''

# --- the classic mistakes, as formulas --------------------------------------------------

MISTAKES = {
    "unscaled": "the attention weights are more peaked (closer to one-hot) than expected: the scores came out "
                "larger than the reference's, by a factor that grows with d_k (the width of the queries and keys)",
    "over_d_k": "the attention weights are flatter (closer to uniform) than expected: the scores came out smaller "
                "than the reference's, by a factor that grows with d_k",
    "over_sqrt_d_v": "the scores were scaled by a factor that depends on d_v, the width of V, rather than on "
                     "d_k, the width of the queries and keys",
    "softmax_queries": "the weights were normalised over the queries (axis -2): each key's weights sum to 1, "
                       "while each query's weights over the keys (the last axis) do not",
    "k_reversed": "the output matches Q @ K.T with every axis of K reversed: with leading dims that mixes up "
                  "K's batch, key and feature axes",
    "mask_ignored": "masked keys got non-zero weight: the output is what attention gives with no mask at all",
    "mask_inverted": "the mask was applied the wrong way round: the output matches attending to the masked "
                     "keys (False) and blocking the allowed ones (True)",
    "mask_inverted_finite": "the mask was applied the wrong way round: the output matches attending to the "
                            "masked keys (False) and blocking the allowed ones (True)",
    "mask_added": "masked keys still got non-zero weight: the output matches the boolean mask added to the "
                  "scores as 0 and 1, which only nudges them",
    "mask_after": "masked keys got weight 0, but the remaining weights of a row no longer sum to 1: the output "
                  "matches zeroing the masked weights after the softmax",
}


def attend(Q, K, V, mask=None, mistake: str | None = None, scale: float | None = None):
    """Attention as written correctly (mistake=None) or with one classic mistake."""
    d_k, d_v = Q.shape[-1], V.shape[-1]
    if scale is None:
        scale = {"unscaled": 1.0, "over_d_k": float(d_k), "over_sqrt_d_v": np.sqrt(d_v)}.get(mistake, np.sqrt(d_k))
    scores = Q @ (K.T if mistake == "k_reversed" else np.swapaxes(K, -1, -2)) / scale
    axis = -2 if mistake == "softmax_queries" else -1
    if mask is None or mistake == "mask_ignored":
        return softmax(scores, axis=axis) @ V
    if mistake == "mask_after":
        return (softmax(scores, axis=axis) * mask) @ V
    if mistake == "mask_added":
        return softmax(scores + mask, axis=axis) @ V
    if mistake == "mask_inverted_finite":  # the same mistake with a large finite fill such as -1e9
        return softmax(np.where(mask, -1e9, scores), axis=axis) @ V
    allowed = ~mask if mistake == "mask_inverted" else mask
    return softmax(np.where(allowed, scores, -np.inf), axis=axis) @ V


def recognise(arr: np.ndarray, mistakes: Iterable[str], compute: Callable[[str], np.ndarray],
              reasons: dict[str, str] = MISTAKES) -> str | None:
    """The reasons of every mistake whose output is what came back, if any: when several give the
    same output here, naming one would be a guess."""
    found = []
    for mistake in mistakes:
        try:
            with np.errstate(all="ignore"):
                alt = np.asarray(compute(mistake), dtype=np.float64)
        except Exception:  # the mistake does not apply to these shapes
            continue
        if alt.shape == arr.shape and np.allclose(arr, alt, rtol=RTOL, atol=ATOL, equal_nan=True):
            found.append(reasons[mistake])
    return "\n  or: ".join(dict.fromkeys(found)) or None


def recognise_shape(arr: np.ndarray, compute: Callable[[], np.ndarray], reason: str) -> str | None:
    """`reason` when the mistake `compute` makes gives exactly `arr`, wrong shape included."""
    return recognise(arr.astype(np.float64), ("it",), lambda _: compute(), {"it": reason})


def output_mismatch(got, want: np.ndarray, name: str = "output") -> str | None:
    """`array_mismatch`, plus the tuple-instead-of-array mistake named."""
    problem = array_mismatch(got, want, name=name)
    if problem and isinstance(got, (tuple, list)) and len(got) == 2:
        first, _ = as_array(got[0])
        if first is not None and first.shape == want.shape:
            right = array_mismatch(first, want) is None
            return explain(problem, "a tuple came back whose first item is the right output: return only the "
                                    "output array, not a tuple (output, weights)" if right else
                                    "a tuple of two arrays came back: return only the output array, not a tuple")
    return problem


def overflow_reason(arr: np.ndarray, Q: np.ndarray, K: np.ndarray) -> str | None:
    """Non-finite output where the raw scores are large enough for exp() to overflow."""
    with np.errstate(all="ignore"):
        largest = np.abs(Q @ np.swapaxes(K, -1, -2)).max(initial=0.0)
    if not np.isfinite(arr).all() and largest > 300:
        return (f"{int(np.sum(~np.isfinite(arr)))} output values are NaN or inf, and the raw scores here reach "
                f"{largest:.0f}: exp() of a number above about 709 overflows float64")
    return None


def weights_reason(weights: np.ndarray, mask) -> str | None:
    """Properties of attention weights (the output when V is the identity)."""
    with np.errstate(all="ignore"):
        sums = weights.sum(axis=-1)
    if np.isfinite(sums).all() and not np.allclose(sums, 1.0):
        return (f"with V = identity the output is the attention weights, and each row must sum to 1 "
                f"(row sums {np.round(sums.ravel()[:4], 4).tolist()})")
    if mask is not None:
        leaked = np.abs(np.where(np.broadcast_to(mask, weights.shape), 0.0, weights))
        if np.nanmax(leaked, initial=0.0) > ATOL:
            return f"a masked key got weight {float(np.nanmax(leaked)):.4g}; masked keys must get weight exactly 0"
    return None


# --- cases ---------------------------------------------------------------------------------

ATTENTION_MISTAKES = tuple(MISTAKES)


def attention_check(Q, K, V, mask=None, *, weights: bool = False):
    want = attention(Q, K, V, mask)

    def check(got):
        problem = output_mismatch(got, want)
        arr, _ = as_array(got)
        if problem is None or arr is None or "\nWhy:" in problem:  # nothing to add, or already explained
            return problem
        if arr.shape != want.shape:
            return explain(
                problem,
                recognise_shape(arr, lambda: attend(Q, K, V, mask, "k_reversed"), MISTAKES["k_reversed"]),
                f"the output has one row per query and V's width: (..., seq_q, d_v) = {want.shape}",
            )
        arr = arr.astype(np.float64)
        return explain(
            problem,
            recognise(arr, ATTENTION_MISTAKES, lambda m: attend(Q, K, V, mask, m)),
            overflow_reason(arr, Q, K),
            weights_reason(arr, mask) if weights else None,
        )

    return check


def mistakes_of(Q, K, V, mask) -> Callable[[np.ndarray], str | None]:
    """Recognises the classic mistakes from an output for these inputs (bound now, not when called)."""
    return lambda arr: recognise(arr, ATTENTION_MISTAKES, lambda m: attend(Q, K, V, mask, m))


def attention_case(name: str, Q, K, V, mask=None, *, positional: bool = False, weights: bool = False,
                   explicit_none: bool = False) -> Case:
    if mask is None and not explicit_none:
        args, kwargs = (Q, K, V), {}
    elif positional:
        args, kwargs = (Q, K, V, mask), {}
    else:
        args, kwargs = (Q, K, V), {"mask": mask}
    return case(name, "attention", args, kwargs, check=attention_check(Q, K, V, mask, weights=weights))


def pair_check(want_a: np.ndarray, want_b: np.ndarray, relation: Callable[[np.ndarray, np.ndarray], str | None],
               mistakes: Callable[[np.ndarray], str | None] = lambda arr: None):
    """Judge the two outputs of `_hotseat_twice`: each against the reference, then what links them.

    `mistakes` recognises classic wrong formulas from the first call's output.
    """

    def check(got):
        problem = sequence_of(got, 2, name="the two calls")
        if problem:
            return problem
        problems = [output_mismatch(got[i], want, name=f"output of the {which} call")
                    for i, (want, which) in enumerate(((want_a, "first"), (want_b, "second")))]
        problem = next((p for p in problems if p), None)
        if problem is None:
            return None
        a, _ = as_array(got[0])
        b, _ = as_array(got[1])
        if a is None or b is None or a.shape != want_a.shape or b.shape != want_b.shape:
            return problem
        a, b = a.astype(np.float64), b.astype(np.float64)
        return explain(problem, relation(a, b), mistakes(a) if problems[0] else None)

    return check


def twice_case(name: str, show: str, entry: str, args_a: tuple, args_b: tuple, check,
               kwargs_a: dict | None = None, kwargs_b: dict | None = None) -> Case:
    call = Call("_hotseat_twice", (entry, tuple(args_a), kwargs_a or {}, tuple(args_b), kwargs_b or {}))
    return Case(name, call, check, display=show)


def future_leak(upto: int) -> Callable[[np.ndarray, np.ndarray], str | None]:
    """Rows 0..upto saw identical tokens in both calls, so they must come out identical."""

    def relation(a, b):
        if not np.allclose(a[..., : upto + 1, :], b[..., : upto + 1, :], rtol=RTOL, atol=ATOL):
            return (f"the outputs at positions 0..{upto} changed when only tokens after position {upto} "
                    f"changed: with a causal mask those queries saw future tokens")
        return None

    return relation


def permuted(perm: np.ndarray) -> Callable[[np.ndarray, np.ndarray], str | None]:
    """The second call saw the tokens reordered by `perm`, so its rows are the first's reordered."""

    def relation(a, b):
        if not np.allclose(b, a[..., perm, :], rtol=RTOL, atol=ATOL):
            return ("reordering the tokens did more than reorder the output rows the same way: the output "
                    "depends on where each token sits")
        return None

    return relation


def normal(rng: np.random.Generator, *shape: int, scale: float = 1.0) -> np.ndarray:
    return rng.normal(scale=scale, size=shape)


def random_mask(rng: np.random.Generator, *shape: int) -> np.ndarray:
    """A boolean mask with at least one allowed key in every row (all-masked rows are undefined)."""
    mask = rng.random(shape) < 0.6
    rows = mask.reshape(-1, shape[-1])
    rows[np.arange(len(rows)), rng.integers(0, shape[-1], size=len(rows))] = True
    return rows.reshape(shape)


def examples() -> list[Case]:
    Q = np.array([[1.0, 0.0]])
    K = np.array([[1.0, 0.0], [0.0, 1.0]])
    V = np.array([[1.0, 2.0], [3.0, 4.0]])
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    batch = np.array([[[1.0, 0.0], [0.0, 2.0]], [[0.5, 0.5], [-1.0, 1.0]]])
    return [
        attention_case("one query, two keys", Q, K, V),
        attention_case("self-attention with a causal mask", X, X, X, causal_mask(3)),
        attention_case("a batch of two (leading dims)", batch, batch, batch),
    ]


def hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        attention_case("cross-attention: seq_q != seq_k and d_v != d_k",
                       normal(rng, 3, 4), normal(rng, 5, 4), normal(rng, 5, 2)),
        attention_case("d_k = 16 with d_v = 3 (which width scales the scores?)",
                       normal(rng, 4, 16), normal(rng, 6, 16), normal(rng, 6, 3)),
        attention_case("causal mask on 6 tokens", *(normal(rng, 6, 4) for _ in range(3)), causal_mask(6)),
        attention_case("random boolean mask", normal(rng, 4, 3), normal(rng, 5, 3), normal(rng, 5, 4),
                       random_mask(rng, 4, 5)),
        attention_case("mask given positionally", normal(rng, 5, 4), normal(rng, 5, 4), normal(rng, 5, 2),
                       causal_mask(5), positional=True),
        attention_case("mask=None given explicitly", normal(rng, 3, 4), normal(rng, 4, 4), normal(rng, 4, 4),
                       explicit_none=True),
        attention_case("an all-True mask changes nothing", normal(rng, 3, 2), normal(rng, 4, 2), normal(rng, 4, 3),
                       np.ones((3, 4), dtype=bool)),
        attention_case("leading dims (2, 3, ...)", normal(rng, 2, 3, 4, 5), normal(rng, 2, 3, 6, 5),
                       normal(rng, 2, 3, 6, 7)),
        attention_case("leading dim, seq and d_k all 3", normal(rng, 3, 3, 3), normal(rng, 3, 3, 3),
                       normal(rng, 3, 3, 2)),
        attention_case("a (seq_q, seq_k) causal mask broadcast over leading dims",
                       *(normal(rng, 2, 2, 5, 4) for _ in range(3)), causal_mask(5)),
        attention_case("a key-padding mask of shape (batch, 1, seq_k)", normal(rng, 3, 4, 4), normal(rng, 3, 6, 4),
                       normal(rng, 3, 6, 2), random_mask(rng, 3, 1, 6)),
        attention_case("a mask of shape (seq_k,) broadcast to every query", normal(rng, 2, 4, 3), normal(rng, 2, 5, 3),
                       normal(rng, 2, 5, 3), random_mask(rng, 5)),
        attention_case("seq_len == 1", normal(rng, 1, 4), normal(rng, 1, 4), normal(rng, 1, 3), causal_mask(1)),
        attention_case("d_k == 1", normal(rng, 4, 1), normal(rng, 5, 1), normal(rng, 5, 2)),
        attention_case("large scores stay finite", normal(rng, 4, 8, scale=40.0), normal(rng, 6, 8, scale=40.0),
                       normal(rng, 6, 3)),
        attention_case("large scores with a causal mask", *(normal(rng, 5, 8, scale=40.0) for _ in range(3)),
                       causal_mask(5)),
    ]

    # Property: with V = I the output is the attention weights, and every row sums to 1.
    Q, K = normal(rng, 4, 3, scale=2.0), normal(rng, 6, 3, scale=2.0)
    cases.append(attention_case("V = identity returns the weights: rows sum to 1", Q, K, np.eye(6), weights=True))
    mask = random_mask(rng, 4, 6)
    cases.append(attention_case("V = identity with a mask: masked weights are 0, rows sum to 1", Q, K, np.eye(6),
                                mask, weights=True))
    Qc, Kc = normal(rng, 5, 4, scale=2.0), normal(rng, 5, 4, scale=2.0)
    cases.append(attention_case("V = identity with a causal mask", Qc, Kc, np.eye(5), causal_mask(5), weights=True))

    # Property: causality. Changing the tokens after position p leaves outputs 0..p unchanged.
    n, p = 6, int(rng.integers(1, 4))
    Q, K, V = normal(rng, n, 4), normal(rng, n, 4), normal(rng, n, 3)
    Q2, K2, V2 = Q.copy(), K.copy(), V.copy()
    for t in (Q2, K2, V2):
        t[p + 1:] = normal(rng, n - p - 1, t.shape[1], scale=3.0)
    mask = causal_mask(n)
    cases.append(twice_case(
        f"causality: changing tokens after position {p} leaves outputs 0..{p} unchanged",
        f"attention(Q, K, V, mask=causal_mask({n})) twice, the second time with tokens after {p} changed",
        "attention", (Q, K, V), (Q2, K2, V2),
        pair_check(attention(Q, K, V, mask), attention(Q2, K2, V2, mask), future_leak(p),
                   mistakes_of(Q, K, V, mask)),
        {"mask": mask}, {"mask": mask}))

    # Property: permutation equivariance. Reordering the queries reorders the rows; reordering
    # the keys together with their values changes nothing.
    Q, K, V = normal(rng, 5, 4), normal(rng, 5, 4), normal(rng, 5, 3)
    perm, keys_perm = rng.permutation(5), rng.permutation(5)
    cases.append(twice_case(
        "permutation equivariance without a mask",
        "attention(Q, K, V) and attention(Q[p], K[r], V[r]) for permutations p, r",
        "attention", (Q, K, V), (Q[perm], K[keys_perm], V[keys_perm]),
        pair_check(attention(Q, K, V), attention(Q[perm], K[keys_perm], V[keys_perm]), permuted(perm),
                   mistakes_of(Q, K, V, None))))

    # Randomized against the reference: shapes, leading dims, masks.
    for i in range(5):
        lead = tuple(int(s) for s in rng.integers(1, 4, size=int(rng.integers(0, 3))))
        seq_q, seq_k, d_k, d_v = (int(s) for s in rng.integers(1, 7, size=4))
        Q, K, V = normal(rng, *lead, seq_q, d_k), normal(rng, *lead, seq_k, d_k), normal(rng, *lead, seq_k, d_v)
        mask = random_mask(rng, seq_q, seq_k) if i % 2 else None
        shape = "x".join(map(str, Q.shape))
        cases.append(attention_case(f"random Q {shape}, seq_k={seq_k}, d_v={d_v}"
                                    f"{', masked' if mask is not None else ''}", Q, K, V, mask))
    return cases


EXERCISES = [
    Exercise(
        id="attention",
        title="Scaled dot-product attention",
        summary="attention(Q, K, V, mask=None): softmax(Q K^T / sqrt(d_k)) V with leading dims and a boolean mask",
        category="deep learning",
        difficulty="easy",
        defines=("attention",),
        params=("Q", "K", "V", "mask"),
        examples=examples,
        hidden=hidden,
        solution="attention",
        driver=DRIVER,
    ),
]
