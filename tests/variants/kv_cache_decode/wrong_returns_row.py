"""Wrong: returns a (1, d_v) row (the query kept as a (1, d_k) matrix) instead of a (d_v,) vector."""
# expect: returned shape (1, d_v)
import numpy as np


class KVCache:
    def __init__(self):
        self._k, self._v = [], []

    def append(self, k, v):
        self._k.append(np.array(k, dtype=float))
        self._v.append(np.array(v, dtype=float))

    @property
    def keys(self):
        return np.stack(self._k)

    @property
    def values(self):
        return np.stack(self._v)


def decode_step(q, k, v, cache):
    cache.append(k, v)
    q = q.reshape(1, -1)
    s = q @ cache.keys.T / np.sqrt(q.shape[-1])
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    return (w / w.sum(axis=-1, keepdims=True)) @ cache.values
