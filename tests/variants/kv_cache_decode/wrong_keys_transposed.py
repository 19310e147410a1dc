"""Wrong: stores keys and values as columns, so `keys` is (d_k, t) instead of (t, d_k)."""
# expect: must be (t, d)
import numpy as np


class KVCache:
    def __init__(self):
        self._k, self._v = [], []

    def append(self, k, v):
        self._k.append(np.array(k, dtype=float))
        self._v.append(np.array(v, dtype=float))

    @property
    def keys(self):
        return np.stack(self._k, axis=1)

    @property
    def values(self):
        return np.stack(self._v, axis=1)


def decode_step(q, k, v, cache):
    cache.append(k, v)
    s = q @ cache.keys / np.sqrt(len(q))
    w = np.exp(s - s.max())
    return cache.values @ (w / w.sum())
