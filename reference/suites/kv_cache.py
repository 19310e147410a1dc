"""The KV cache: token-by-token decoding (kv_cache_decode) and its size in bytes (kv_cache_bytes).

A KVCache instance cannot travel into or out of the kernel, so the decode cases call driver
helpers that build a fresh cache in the kernel, feed it tokens one at a time through the
candidate's `decode_step`, and hand back the per-step outputs and the cache's final
`keys` / `values` as plain arrays. The checks compare them with causal attention over the
whole sequence, computed here by the reference.
"""

from __future__ import annotations

import numpy as np

from reference.cases import case, explain
from reference.checks import ATOL, RTOL, array_mismatch, as_array, int_mismatch, number, sequence_of
from reference.exercise import Call, Case, Exercise, Opaque
from reference.solutions.attention import attention, causal_mask
from reference.suites.attention import MISTAKES, normal, overflow_reason, weights_reason

DRIVER = '''
def _hotseat_decode(Q, K, V):
    cache = KVCache()
    outputs = [decode_step(Q[t], K[t], V[t], cache) for t in range(len(Q))]
    return outputs, cache.keys, cache.values


def _hotseat_prefilled(q, k, v, K_past, V_past):
    cache = KVCache()
    for t in range(len(K_past)):
        cache.append(K_past[t], V_past[t])
    return decode_step(q, k, v, cache), cache.keys, cache.values


def _hotseat_two_caches(Q1, K1, V1, Q2, K2, V2):
    first, second = KVCache(), KVCache()
    out1, out2 = [], []
    for t in range(len(Q1)):
        out1.append(decode_step(Q1[t], K1[t], V1[t], first))
        out2.append(decode_step(Q2[t], K2[t], V2[t], second))
    return out1, out2, first.keys, second.keys
'''

NEWEST_ONLY = ("each step returned its own v: the query attended to the newest key only, not to every "
               "cached key")
BEFORE_APPEND = ("the output leaves out the new token's own key and value: it matches attending over the tokens "
                 "cached before this step only (decode_step attended before appending)")
SHARED_STORAGE = ("the cache holds more rows than this KVCache was given: is the storage a class attribute "
                  "shared by every KVCache? Create the lists (or arrays) in __init__, on self")


def _decode_mistake(arr, Q, K, V) -> str | None:
    """Recognise the classic wrong decoders from their stacked outputs."""
    T = len(Q)
    with np.errstate(all="ignore"):
        if arr.shape == V.shape and np.allclose(arr, V):
            return NEWEST_ONLY
        if np.allclose(arr, attention(Q * np.sqrt(Q.shape[-1]), K, V, causal_mask(T))):
            return MISTAKES["unscaled"]
        if np.allclose(arr, np.cumsum(V, axis=0) / np.arange(1, T + 1)[:, None]):
            return ("every cached value got the same weight: each output is the plain running average of the "
                    "values, as if the scores had no effect")
    return None


def _cache_mismatch(got, want: np.ndarray, name: str, appended: int) -> str | None:
    """The final keys or values: (t, d), one row per token, in order."""
    problem = array_mismatch(got, want, name=name)
    arr, _ = as_array(got, name)
    if problem is None:
        return None
    if isinstance(got, Opaque) and got.type_name == "method":
        return explain(problem, "keys and values are properties (decorate them with @property), not methods")
    if arr is None:
        return problem
    if arr.ndim == 2 and arr.shape == want.T.shape and want.shape[0] != want.shape[1]:
        return explain(problem, f"{name} must be (t, d): one row per token, not one column")
    if arr.ndim == 2 and arr.shape[1] == want.shape[1]:
        rows = arr.shape[0]
        return explain(
            problem,
            SHARED_STORAGE if rows > want.shape[0] else None,
            "the cache kept only the latest token: append must add a row, not replace the cache"
            if rows == 1 and want.shape[0] > 1 and np.allclose(arr[0], want[-1]) else None,
            f"{appended} tokens went in, and the cache holds {rows}" if rows < want.shape[0] else None,
        )
    return problem


def _outputs_mismatch(got, want: np.ndarray, name: str) -> tuple[str | None, np.ndarray | None]:
    problem = array_mismatch(got, want, name=name)
    arr, _ = as_array(got, name)
    if problem and arr is not None and arr.shape != want.shape:
        if arr.shape == want.shape[:1] + (1,) + want.shape[1:]:
            return explain(problem, "each step returned shape (1, d_v): decode_step returns one vector of "
                                    "shape (d_v,) per token"), None
        return problem, None
    return problem, None if arr is None else arr.astype(np.float64)


def decode_check(Q, K, V, *, weights: bool = False):
    want = attention(Q, K, V, causal_mask(len(Q)))

    def check(got):
        problem = sequence_of(got, 3, name="the driver's result")
        if problem:
            return problem
        outputs, keys, values = got
        problem, arr = _outputs_mismatch(outputs, want, "decode outputs (stacked)")
        if problem and arr is None:
            return problem
        if problem:
            wrong = ~np.isclose(arr, want, rtol=RTOL, atol=ATOL, equal_nan=True).all(axis=-1)
            first = int(np.argmax(wrong))
            return explain(problem, _decode_mistake(arr, Q, K, V), overflow_reason(arr, Q, K),
                           weights_reason(arr, causal_mask(len(Q))) if weights else None,
                           f"the outputs of steps 0..{first - 1} are right and step {first} is the first wrong one"
                           if first > 0 else None)
        return (_cache_mismatch(keys, K, "cache.keys", len(K))
                or _cache_mismatch(values, V, "cache.values", len(V)))

    return check


def decode_case(name: str, Q, K, V, *, weights: bool = False) -> Case:
    show = (f"cache = KVCache(); [decode_step(Q[t], K[t], V[t], cache) for t in range({len(Q)})], then "
            f"cache.keys and cache.values, with Q {Q.shape}, K {K.shape}, V {V.shape}")
    if Q.size + K.size + V.size <= 30:
        show += f": Q={Q.tolist()}, K={K.tolist()}, V={V.tolist()}"
    return Case(name, Call("_hotseat_decode", (Q, K, V)), decode_check(Q, K, V, weights=weights), display=show)


def prefilled_check(q, k, v, K_past, V_past):
    K_all, V_all = np.vstack([K_past, k]), np.vstack([V_past, v])
    want = attention(q[None], K_all, V_all)[0]

    def check(got):
        problem = sequence_of(got, 3, name="the driver's result")
        if problem:
            return problem
        out, keys, values = got
        problem = array_mismatch(out, want, name="decode_step output")
        arr, _ = as_array(out)
        if problem:
            if arr is None or arr.shape != want.shape:
                return explain(problem, f"decode_step returns one vector of shape (d_v,), here {want.shape}"
                               if arr is not None and arr.size == want.size else None)
            arr = arr.astype(np.float64)
            with np.errstate(all="ignore"):
                return explain(
                    problem,
                    BEFORE_APPEND if np.allclose(arr, attention(q[None], K_past, V_past)[0]) else None,
                    NEWEST_ONLY if np.allclose(arr, v) else None,
                    MISTAKES["unscaled"] if np.allclose(arr, attention(q[None] * np.sqrt(len(q)), K_all, V_all)[0])
                    else None,
                )
        return (_cache_mismatch(keys, K_all, "cache.keys", len(K_all))
                or _cache_mismatch(values, V_all, "cache.values", len(V_all)))

    return check


def prefilled_case(name: str, q, k, v, K_past, V_past) -> Case:
    show = (f"cache = KVCache(); append the {len(K_past)} past (k, v) rows; decode_step(q, k, v, cache), "
            f"then cache.keys and cache.values, with q {q.shape}, past keys {K_past.shape}, past values {V_past.shape}")
    if q.size + k.size + v.size + K_past.size + V_past.size <= 30:
        show += f": q={q.tolist()}, k={k.tolist()}, v={v.tolist()}, past keys={K_past.tolist()}, past values={V_past.tolist()}"
    return Case(name, Call("_hotseat_prefilled", (q, k, v, K_past, V_past)),
                prefilled_check(q, k, v, K_past, V_past), display=show)


def two_caches_case(rng: np.random.Generator) -> Case:
    T, d = 4, 3
    Q1, K1, V1, Q2, K2, V2 = (normal(rng, T, d) for _ in range(6))
    want1, want2 = attention(Q1, K1, V1, causal_mask(T)), attention(Q2, K2, V2, causal_mask(T))

    def check(got):
        problem = sequence_of(got, 4, name="the driver's result")
        if problem:
            return problem
        out1, out2, keys1, keys2 = got
        problem = (_cache_mismatch(keys1, K1, "first cache's keys", T)
                   or _cache_mismatch(keys2, K2, "second cache's keys", T))
        if problem:
            return problem
        for got_out, want, (Q, K, V), which in ((out1, want1, (Q1, K1, V1), "first"),
                                                (out2, want2, (Q2, K2, V2), "second")):
            problem, arr = _outputs_mismatch(got_out, want, f"the {which} sequence's outputs (stacked)")
            if problem:
                return problem if arr is None else explain(problem, _decode_mistake(arr, Q, K, V))
        return None

    show = ("two caches decoding two sequences in turn: for t in range(4): decode_step(Q1[t], K1[t], V1[t], first); "
            "decode_step(Q2[t], K2[t], V2[t], second)")
    return Case("two KVCache instances keep separate tokens", Call("_hotseat_two_caches", (Q1, K1, V1, Q2, K2, V2)),
                check, display=show)


def decode_examples() -> list[Case]:
    Q = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    K = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]])
    V = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    return [
        decode_case("decode three tokens one by one", Q, K, V),
        decode_case("a single token attends only to itself", Q[:1], K[:1], V[:1]),
        prefilled_case("one step after two cached tokens", Q[2], K[2], V[2], K[:2], V[:2]),
    ]


def decode_hidden(rng: np.random.Generator) -> list[Case]:
    def seq(T, d_k, d_v, scale=1.0):
        return normal(rng, T, d_k, scale=scale), normal(rng, T, d_k, scale=scale), normal(rng, T, d_v)

    # First, while a cache that keeps its lists on the class still looks empty.
    cases = [
        two_caches_case(rng),
        decode_case("5 tokens, d = 4", *seq(5, 4, 4)),
        decode_case("6 tokens, d_k = 8, d_v = 3", *seq(6, 8, 3)),
        decode_case("seq_len == 1: the output is v", *seq(1, 4, 2)),
        decode_case("2 tokens", *seq(2, 3, 3)),
        decode_case("12 tokens, d_k = 16", *seq(12, 16, 4)),
        decode_case("large scores stay finite", *seq(6, 8, 3, scale=30.0)),
    ]
    Q, K = normal(rng, 5, 3, scale=2.0), normal(rng, 5, 3, scale=2.0)
    cases.append(decode_case("V = identity: each step's weights sum to 1 and skip the future", Q, K, np.eye(5),
                             weights=True))
    for past, d_k, d_v in ((3, 4, 4), (7, 5, 2), (1, 3, 3)):
        q, k, v = normal(rng, d_k), normal(rng, d_k), normal(rng, d_v)
        cases.append(prefilled_case(f"one step after {past} cached token{'s' if past > 1 else ''}", q, k, v,
                                    normal(rng, past, d_k), normal(rng, past, d_v)))
    for _ in range(3):
        T, d_k, d_v = int(rng.integers(1, 11)), int(rng.integers(1, 9)), int(rng.integers(1, 6))
        cases.append(decode_case(f"random: {T} tokens, d_k = {d_k}, d_v = {d_v}", *seq(T, d_k, d_v)))
    return cases


# --- kv_cache_bytes --------------------------------------------------------------------------

PARAMS = ("n_layers", "n_kv_heads", "head_dim", "seq_len", "batch", "bytes_per_elem")


def bytes_check(args: tuple, kwargs: dict):
    values = dict(zip(PARAMS, args)) | kwargs
    defaulted = "bytes_per_elem" not in values
    values.setdefault("batch", 1)
    values.setdefault("bytes_per_elem", 2)
    n_layers, n_kv_heads, head_dim, seq_len, batch, bpe = (values[p] for p in PARAMS)
    want = 2 * n_layers * n_kv_heads * head_dim * seq_len * batch * bpe

    def check(got):
        problem = int_mismatch(got, want)
        if problem is None:
            return None
        if isinstance(got, bool) or not isinstance(got, (int, float, np.integer, np.floating)):
            return problem
        value = float(got)

        def near(x):
            return np.isclose(value, x, rtol=1e-9, atol=0)

        factors = (
            ("the leading factor 2", 2),
            ("bytes_per_elem", bpe),
            ("batch", batch),
            ("n_layers", n_layers),
            ("n_kv_heads", n_kv_heads),
        )
        missing = [text for text, factor in factors if factor > 1 and near(want / factor)]
        return explain(
            problem,
            f"the value is right but it is a {type(got).__name__}: return an int (keep to integer arithmetic; "
            f"`/` and float factors make floats)" if near(want) else None,
            f"the result is exactly 1/{round(want / value)} of the expected {want}, as if "
            f"{' or '.join(missing)} were left out of the product" if missing else None,
            "return bytes, not GiB, MiB or GB"
            if any(want >= u and (near(want // u) or near(want / u)) for u in (2**30, 2**20, 10**9, 10**6)) else None,
            "the defaults are batch=1 and bytes_per_elem=2 (fp16/bf16)" if defaulted and near(want * 2) else None,
            "the product overflowed a 32-bit integer: multiply Python ints (or np.int64)"
            if value.is_integer() and (int(value) - want) % 2**32 == 0 else None,
            f"the result is {number(value / want)} times the expected {want}" if value and np.isfinite(value) else None,
        )

    return check


def bytes_case(name: str, *args: int, **kwargs: int) -> Case:
    return case(name, "kv_cache_bytes", args, kwargs, check=bytes_check(args, kwargs))


def bytes_examples() -> list[Case]:
    return [
        bytes_case("one layer, one head, one token", 1, 1, 1, 1),
        bytes_case("a Llama-3-8B-like model at 4k tokens, fp16", 32, 8, 128, 4096),
        bytes_case("batch and bytes_per_elem by keyword", 2, 4, 64, 100, batch=3, bytes_per_elem=4),
    ]


def bytes_hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        bytes_case("multi-head 7B shape at 4k tokens: 2 GiB, past the int32 range", 32, 32, 128, 4096),
        bytes_case("70B-like with GQA (8 kv heads) at 32k tokens", 80, 8, 128, 32768),
        bytes_case("70B-like without GQA, batch of 8, 32k tokens", 80, 64, 128, 32768, batch=8),
        bytes_case("an int8 cache (bytes_per_elem=1)", 24, 4, 64, 2048, bytes_per_elem=1),
        bytes_case("an fp32 cache", 12, 12, 64, 1024, batch=2, bytes_per_elem=4),
        bytes_case("all six arguments positionally", 6, 2, 32, 512, 4, 2),
        bytes_case("batch by keyword, bytes_per_elem defaulted", 4, 2, 16, 10, batch=5),
        bytes_case("bytes_per_elem by keyword, batch defaulted", 3, 5, 7, 11, bytes_per_elem=4),
        bytes_case("everything 1 but seq_len", 1, 1, 1, 1000),
        bytes_case("odd sizes", 3, 5, 7, 9, batch=11, bytes_per_elem=1),
    ]
    for _ in range(4):
        n_layers, n_kv, head_dim = int(rng.integers(1, 97)), int(rng.choice([1, 2, 4, 8, 16])), int(rng.choice([32, 64, 80, 128]))
        seq_len, batch, bpe = int(rng.integers(1, 65537)), int(rng.integers(1, 33)), int(rng.choice([1, 2, 4]))
        cases.append(bytes_case(f"random: L={n_layers}, kv heads={n_kv}, d={head_dim}, T={seq_len}",
                                n_layers, n_kv, head_dim, seq_len, batch=batch, bytes_per_elem=bpe))
    return cases


EXERCISES = [
    Exercise(
        id="kv_cache_decode",
        title="KV-cache decoding",
        summary="class KVCache and decode_step(q, k, v, cache): token-by-token decoding equal to causal attention",
        category="LLM stack",
        difficulty="medium",
        defines=("KVCache", "decode_step"),
        params=("q", "k", "v", "cache"),
        examples=decode_examples,
        hidden=decode_hidden,
        solution="kv_cache",
        driver=DRIVER,
    ),
    Exercise(
        id="kv_cache_bytes",
        title="KV-cache memory",
        summary="kv_cache_bytes(n_layers, n_kv_heads, head_dim, seq_len, batch=1, bytes_per_elem=2): bytes, as an int",
        category="LLM stack",
        difficulty="easy",
        defines=("kv_cache_bytes",),
        params=PARAMS,
        examples=bytes_examples,
        hidden=bytes_hidden,
        solution="kv_cache",
    ),
]
