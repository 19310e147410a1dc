"""grouped_query_attention: n_heads query heads share n_kv_heads key/value heads, query head h reading
kv head h // (n_heads // n_kv_heads); n_kv_heads == n_heads is multi-head attention, 1 is multi-query."""

from __future__ import annotations

import numpy as np

from reference.exercise import Case, Exercise
from reference.solutions.attention import causal_mask
from reference.suites.attention import DRIVER, normal, random_mask
from reference.suites.multi_head_attention import heads_case, heads_properties, make_weights, readable

ENTRY = "grouped_query_attention"


def gqa_case(name: str, X, n_heads: int, n_kv_heads: int, rng: np.random.Generator, mask=None, *,
             positional: bool = False) -> Case:
    weights = make_weights(rng, X.shape[-1], n_heads, n_kv_heads)
    return heads_case(ENTRY, name, X, weights, n_heads, n_kv_heads, mask, positional=positional)


def examples() -> list[Case]:
    rng = np.random.default_rng(11)
    X = readable(rng, 3, 4)
    W_q, W_o = readable(rng, 4, 4), readable(rng, 4, 4)
    W_k1, W_v1 = readable(rng, 4, 2), readable(rng, 4, 2)
    W_k2, W_v2 = readable(rng, 4, 2), readable(rng, 4, 2)
    return [
        heads_case(ENTRY, "2 query heads share 1 kv head (multi-query)", X, (W_q, W_k1, W_v1, W_o), 2, 1),
        heads_case(ENTRY, "4 query heads, 2 kv heads of width 1", X, (W_q, W_k2, W_v2, W_o), 4, 2),
        heads_case(ENTRY, "a batch of two with a causal mask", readable(rng, 2, 3, 4), (W_q, W_k2, W_v2, W_o), 4, 2,
                   causal_mask(3)),
    ]


def hidden(rng: np.random.Generator) -> list[Case]:
    c = causal_mask
    cases = [
        gqa_case("4 query heads, 2 kv heads", normal(rng, 5, 8), 4, 2, rng),
        gqa_case("6 query heads, 3 kv heads, causal", normal(rng, 5, 12), 6, 3, rng, c(5)),
        gqa_case("6 query heads, 2 kv heads (groups of 3)", normal(rng, 2, 4, 12), 6, 2, rng),
        gqa_case("8 query heads, 4 kv heads, batched and causal", normal(rng, 2, 5, 16), 8, 4, rng, c(5)),
        gqa_case("n_kv_heads == n_heads is multi-head attention", normal(rng, 5, 8), 4, 4, rng, c(5)),
        gqa_case("n_kv_heads == 1 is multi-query attention", normal(rng, 5, 8), 4, 1, rng),
        gqa_case("multi-query, batched and causal", normal(rng, 3, 4, 6), 3, 1, rng, c(4)),
        gqa_case("mask given positionally", normal(rng, 4, 8), 4, 2, rng, c(4), positional=True),
        gqa_case("a random (seq, seq) mask", normal(rng, 5, 12), 6, 3, rng, random_mask(rng, 5, 5)),
        gqa_case("seq_len == 1", normal(rng, 1, 8), 4, 2, rng, c(1)),
        gqa_case("a batch of 1", normal(rng, 1, 4, 8), 4, 2, rng),
        gqa_case("large activations stay finite", normal(rng, 5, 8, scale=30.0), 4, 2, rng, c(5)),
    ]
    cases += heads_properties(ENTRY, rng, 12, 6, 2)
    for i in range(4):
        n_kv_heads = int(rng.choice([1, 2, 3]))
        n_heads = n_kv_heads * int(rng.choice([1, 2, 3, 4]))
        d_model = n_heads * int(rng.integers(1, 3))
        seq = int(rng.integers(1, 7))
        batch = () if i % 2 == 0 else (int(rng.integers(1, 4)),)
        X = normal(rng, *batch, seq, d_model)
        cases.append(gqa_case(f"random X {X.shape}, {n_heads} query heads, {n_kv_heads} kv heads"
                              f"{', causal' if i >= 2 else ''}", X, n_heads, n_kv_heads, rng,
                              c(seq) if i >= 2 else None))
    return cases


EXERCISES = [
    Exercise(
        id="grouped_query_attention",
        title="Grouped-query attention",
        summary="grouped_query_attention(...): n_heads query heads share n_kv_heads K/V heads; "
                "head h reads kv head h // group",
        category="LLM stack",
        difficulty="medium",
        defines=("grouped_query_attention",),
        params=("X", "W_q", "W_k", "W_v", "W_o", "n_heads", "n_kv_heads", "mask"),
        examples=examples,
        hidden=hidden,
        solution="attention",
        driver=DRIVER,
    ),
]
