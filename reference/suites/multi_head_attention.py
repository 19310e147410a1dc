"""multi_head_attention: project, split the features into heads in order, attend per head, concat, then W_o.

The helpers here (a multi-head attention that can make each classic mistake on purpose, the
case builders, the causality and permutation properties) also serve grouped-query attention,
which is the same computation with fewer key/value heads.
"""

from __future__ import annotations

import numpy as np

from reference.cases import case, explain
from reference.checks import as_array
from reference.exercise import Case, Exercise
from reference.solutions.attention import causal_mask, grouped_query_attention, multi_head_attention
from reference.suites.attention import (
    DRIVER, MISTAKES, attend, future_leak, normal, output_mismatch, pair_check, permuted, random_mask,
    recognise, twice_case,
)

HEAD_ORDER = "head h owns columns h*d_head:(h+1)*d_head of each projection"

REASONS = MISTAKES | {
    "split_direct": "each head's rows mix features of different tokens: the output matches heads cut from the "
                    f"projections in another order than {HEAD_ORDER}, token by token",
    "merge_direct": "row i of the output mixes head outputs of several tokens: the output matches the heads "
                    "concatenated in another order than side by side per token, head h in columns "
                    "h*d_head:(h+1)*d_head",
    "both_direct": "each head's rows mix features of different tokens, and so do the output's rows: the output "
                   f"matches heads split and merged in another order than {HEAD_ORDER}, token by token",
    "interleaved": f"the heads are not contiguous column blocks: the output matches head h taking every "
                   f"n_heads-th column, while {HEAD_ORDER}",
    "no_w_o": "the output equals the concatenated heads: they were not projected with W_o (forgot W_o?)",
    "w_transposed": "the projections are X @ W with W of shape (d_model, width), not X @ W.T",
    "scale_d_model": "the attention weights in every head are flatter than expected: the scores came out "
                     "sqrt(n_heads) times too small",
    "kv_tile": "query heads were paired with the wrong kv heads: the output matches query head h reading kv "
               "head h % n_kv_heads, so consecutive query heads read different kv heads instead of sharing one",
    "kv_div_n_kv": "query heads were paired with the wrong kv heads: the output matches query head h reading "
                   "kv head h // n_kv_heads, not h // (n_heads // n_kv_heads)",
}

HEAD_MISTAKES = ("split_direct", "merge_direct", "both_direct", "interleaved", "no_w_o", "w_transposed",
                 "scale_d_model", "unscaled", "over_d_k", "mask_ignored", "mask_inverted", "mask_inverted_finite",
                 "mask_added", "mask_after", "softmax_queries")
GQA_MISTAKES = ("kv_tile", "kv_div_n_kv") + HEAD_MISTAKES


def _split(t, n_heads, how):
    *lead, seq, width = t.shape
    d_head = width // n_heads
    if how == "direct":
        return t.reshape(*lead, n_heads, seq, d_head)
    if how == "interleaved":
        return np.moveaxis(t.reshape(*lead, seq, d_head, n_heads), -1, -3)
    return np.swapaxes(t.reshape(*lead, seq, n_heads, d_head), -2, -3)


def _merge(o, how):
    *lead, n_heads, seq, d_head = o.shape
    if how == "direct":
        return o.reshape(*lead, seq, n_heads * d_head)
    if how == "interleaved":
        return np.moveaxis(o, -3, -1).reshape(*lead, seq, d_head * n_heads)
    return np.swapaxes(o, -2, -3).reshape(*lead, seq, n_heads * d_head)


def heads_attention(X, W_q, W_k, W_v, W_o, n_heads, n_kv_heads=None, mask=None, mistake=None):
    """Multi-head / grouped-query attention, written right (mistake=None) or with one classic mistake."""
    n_kv_heads = n_heads if n_kv_heads is None else n_kv_heads
    project = (lambda W: X @ W.T) if mistake == "w_transposed" else (lambda W: X @ W)
    split = {"split_direct": "direct", "both_direct": "direct", "interleaved": "interleaved"}.get(mistake, "blocks")
    merge = {"merge_direct": "direct", "both_direct": "direct", "interleaved": "interleaved"}.get(mistake, "blocks")
    Q = _split(project(W_q), n_heads, split)
    K, V = (_split(project(W), n_kv_heads, split) for W in (W_k, W_v))
    group = n_heads // n_kv_heads
    if mistake == "kv_tile":
        heads = np.arange(n_heads) % n_kv_heads
    elif mistake == "kv_div_n_kv":
        heads = np.arange(n_heads) // n_kv_heads
    else:
        heads = np.arange(n_heads) // group
    K, V = K[..., heads, :, :], V[..., heads, :, :]
    scale = np.sqrt(X.shape[-1]) if mistake == "scale_d_model" else None
    out = _merge(attend(Q, K, V, mask, mistake if mistake in MISTAKES else None, scale), merge)
    return out if mistake == "no_w_o" else out @ (W_o.T if mistake == "w_transposed" else W_o)


def expected(X, weights, n_heads, n_kv_heads=None, mask=None) -> np.ndarray:
    """The reference output: multi-head attention, or grouped-query when n_kv_heads is given."""
    if n_kv_heads is None:
        return multi_head_attention(X, *weights, n_heads, mask)
    return grouped_query_attention(X, *weights, n_heads, n_kv_heads, mask)


def heads_check(X, weights, n_heads, n_kv_heads, mask):
    """Compare with the reference, then name the mistake (or the shape rule) that explains the difference."""
    want = expected(X, weights, n_heads, n_kv_heads, mask)
    mistakes = HEAD_MISTAKES if n_kv_heads is None else GQA_MISTAKES

    def check(got):
        problem = output_mismatch(got, want)
        arr, _ = as_array(got)
        if problem is None or arr is None or "\nWhy:" in problem:  # nothing to add, or already explained
            return problem
        if arr.shape != want.shape:
            return explain(problem, f"the output must have X's shape, {X.shape}")
        return explain(problem, recognise(arr.astype(np.float64), mistakes,
                                          lambda m: heads_attention(X, *weights, n_heads, n_kv_heads, mask, m),
                                          REASONS))

    return check


def make_weights(rng: np.random.Generator, d_model: int, n_heads: int, n_kv_heads: int | None = None):
    """W_q, W_k, W_v, W_o, scaled by 1/sqrt(d_model) so the scores stay of order 1."""
    d_head = d_model // n_heads
    kv_width = d_head * (n_heads if n_kv_heads is None else n_kv_heads)
    scale = 1.0 / np.sqrt(d_model)
    return (normal(rng, d_model, d_model, scale=scale), normal(rng, d_model, kv_width, scale=scale),
            normal(rng, d_model, kv_width, scale=scale), normal(rng, d_model, d_model, scale=scale))


def _call(entry: str, X, weights, n_heads, n_kv_heads, mask, positional: bool):
    args = (X, *weights, n_heads) + (() if n_kv_heads is None else (n_kv_heads,))
    if mask is None:
        return args, {}
    return (args + (mask,), {}) if positional else (args, {"mask": mask})


def heads_case(entry: str, name: str, X, weights, n_heads, n_kv_heads=None, mask=None, *,
               positional: bool = False) -> Case:
    args, kwargs = _call(entry, X, weights, n_heads, n_kv_heads, mask, positional)
    return case(name, entry, args, kwargs, check=heads_check(X, weights, n_heads, n_kv_heads, mask))


def heads_mistakes_of(mistakes, X, weights, n_heads, n_kv_heads, mask):
    """Recognises the classic mistakes from an output for these inputs (bound now, not when called)."""
    return lambda arr: recognise(arr, mistakes, lambda m: heads_attention(X, *weights, n_heads, n_kv_heads, mask, m),
                                 REASONS)


def heads_properties(entry: str, rng: np.random.Generator, d_model: int, n_heads: int,
                     n_kv_heads: int | None = None) -> list[Case]:
    """Causality (a changed future token leaves earlier outputs alone) and permutation equivariance."""
    mistakes = HEAD_MISTAKES if n_kv_heads is None else GQA_MISTAKES
    cases = []

    seq, p = 6, int(rng.integers(1, 4))
    X = normal(rng, 2, seq, d_model)
    weights = make_weights(rng, d_model, n_heads, n_kv_heads)
    X2 = X.copy()
    X2[:, p + 1:] = normal(rng, 2, seq - p - 1, d_model, scale=3.0)
    mask = causal_mask(seq)
    args_a, kwargs = _call(entry, X, weights, n_heads, n_kv_heads, mask, False)
    args_b, _ = _call(entry, X2, weights, n_heads, n_kv_heads, mask, False)
    want_a = expected(X, weights, n_heads, n_kv_heads, mask)
    want_b = expected(X2, weights, n_heads, n_kv_heads, mask)
    cases.append(twice_case(
        f"causality: changing tokens after position {p} leaves outputs 0..{p} unchanged",
        f"{entry}(X, ..., mask=causal_mask({seq})) twice, the second time with tokens after {p} changed",
        entry, args_a, args_b,
        pair_check(want_a, want_b, future_leak(p), heads_mistakes_of(mistakes, X, weights, n_heads, n_kv_heads, mask)),
        kwargs, kwargs))

    seq = 5
    X = normal(rng, seq, d_model)
    weights = make_weights(rng, d_model, n_heads, n_kv_heads)
    perm = rng.permutation(seq)
    args_a, _ = _call(entry, X, weights, n_heads, n_kv_heads, None, False)
    args_b, _ = _call(entry, X[perm], weights, n_heads, n_kv_heads, None, False)
    cases.append(twice_case(
        "permutation equivariance without a mask",
        f"{entry}(X, ...) and {entry}(X[p], ...) for a permutation p of the tokens",
        entry, args_a, args_b,
        pair_check(expected(X, weights, n_heads, n_kv_heads), expected(X[perm], weights, n_heads, n_kv_heads),
                   permuted(perm), heads_mistakes_of(mistakes, X, weights, n_heads, n_kv_heads, None))))
    return cases


def readable(rng: np.random.Generator, *shape: int) -> np.ndarray:
    """Small numbers with one decimal, for visible examples a person can read."""
    return np.round(rng.normal(scale=0.6, size=shape), 1) + 0.0  # + 0.0 turns -0.0 into 0.0


ENTRY = "multi_head_attention"


def examples() -> list[Case]:
    rng = np.random.default_rng(7)
    X = readable(rng, 3, 4)
    weights = tuple(readable(rng, 4, 4) for _ in range(4))
    Xb = readable(rng, 2, 3, 4)
    return [
        heads_case(ENTRY, "3 tokens, d_model 4, 2 heads", X, weights, 2),
        heads_case(ENTRY, "the same with a causal mask", X, weights, 2, mask=causal_mask(3)),
        heads_case(ENTRY, "a batch of two sequences", Xb, weights, 2),
    ]


def hidden(rng: np.random.Generator) -> list[Case]:
    c = causal_mask
    cases = [
        heads_case(ENTRY, "5 tokens, d_model 8, 2 heads", normal(rng, 5, 8), make_weights(rng, 8, 2), 2),
        heads_case(ENTRY, "4 heads with a causal mask", normal(rng, 6, 8), make_weights(rng, 8, 4), 4, mask=c(6)),
        heads_case(ENTRY, "mask given positionally", normal(rng, 5, 6), make_weights(rng, 6, 3), 3, mask=c(5),
                   positional=True),
        heads_case(ENTRY, "a random (seq, seq) mask", normal(rng, 5, 8), make_weights(rng, 8, 2), 2,
                   mask=random_mask(rng, 5, 5)),
        heads_case(ENTRY, "n_heads == 1 (plain attention with projections)", normal(rng, 4, 6),
                   make_weights(rng, 6, 1), 1),
        heads_case(ENTRY, "d_head == 1 (n_heads == d_model)", normal(rng, 4, 4), make_weights(rng, 4, 4), 4),
        heads_case(ENTRY, "batched X (3, 4, 6), 3 heads, causal", normal(rng, 3, 4, 6), make_weights(rng, 6, 3), 3,
                   mask=c(4)),
        heads_case(ENTRY, "a batch of 1", normal(rng, 1, 5, 8), make_weights(rng, 8, 4), 4),
        heads_case(ENTRY, "seq_len == 1", normal(rng, 1, 8), make_weights(rng, 8, 2), 2, mask=c(1)),
        heads_case(ENTRY, "batched, seq_len == 1", normal(rng, 2, 1, 6), make_weights(rng, 6, 2), 2),
        heads_case(ENTRY, "large activations stay finite", normal(rng, 5, 8, scale=30.0), make_weights(rng, 8, 2),
                   2, mask=c(5)),
    ]
    cases += heads_properties(ENTRY, rng, 8, 4)
    for i in range(4):
        n_heads = int(rng.choice([1, 2, 3, 4]))
        d_model = n_heads * int(rng.integers(1, 4))
        seq = int(rng.integers(1, 7))
        batch = () if i % 2 == 0 else (int(rng.integers(1, 4)),)
        mask = c(seq) if i >= 2 else None
        X = normal(rng, *batch, seq, d_model)
        cases.append(heads_case(ENTRY, f"random X {X.shape}, {n_heads} heads{', causal' if i >= 2 else ''}",
                                X, make_weights(rng, d_model, n_heads), n_heads, mask=mask))
    return cases


EXERCISES = [
    Exercise(
        id="multi_head_attention",
        title="Multi-head attention",
        summary="multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads, mask=None): split heads in order, attend, "
                "concat, W_o",
        category="deep learning",
        difficulty="medium",
        defines=("multi_head_attention",),
        params=("X", "W_q", "W_k", "W_v", "W_o", "n_heads", "mask"),
        examples=examples,
        hidden=hidden,
        solution="attention",
        driver=DRIVER,
    ),
]
