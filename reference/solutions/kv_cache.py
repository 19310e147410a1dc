"""KV cache: incremental decoding and its memory bill, the reference implementations."""

import numpy as np


def softmax(x, axis=-1):
    shifted = x - np.max(x, axis=axis, keepdims=True)  # no overflow, same result
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)


class KVCache:
    """The keys and values of every token decoded so far, one row per token."""

    def __init__(self):
        self._keys = []  # on the instance: two caches must never share storage
        self._values = []

    def append(self, k, v):
        # Copy: the caller may reuse its buffers for the next token.
        self._keys.append(np.array(k, dtype=float))
        self._values.append(np.array(v, dtype=float))

    @property
    def keys(self):
        return np.stack(self._keys)  # (t, d_k)

    @property
    def values(self):
        return np.stack(self._values)  # (t, d_v)


def decode_step(q, k, v, cache):
    # The new token's own key and value go in first: position t attends to 0..t, itself included.
    cache.append(k, v)
    K, V = cache.keys, cache.values
    # One query against every cached key: O(t * d) work per step instead of recomputing
    # the whole (t, t) attention, and no mask is needed because the future is not cached yet.
    weights = softmax(K @ q / np.sqrt(q.shape[-1]))
    return weights @ V


def kv_cache_bytes(n_layers, n_kv_heads, head_dim, seq_len, batch=1, bytes_per_elem=2):
    # 2 tensors (K and V) per layer, each (batch, n_kv_heads, seq_len, head_dim).
    return 2 * n_layers * n_kv_heads * head_dim * seq_len * batch * bytes_per_elem
