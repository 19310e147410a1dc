"""Wrong: append replaces the cache instead of adding a row."""
# expect: kept only the latest token
import numpy as np


class KVCache:
    def __init__(self):
        self._k = self._v = None

    def append(self, k, v):
        self._k, self._v = np.array([k], dtype=float), np.array([v], dtype=float)

    @property
    def keys(self):
        return self._k

    @property
    def values(self):
        return self._v


def decode_step(q, k, v, cache):
    cache.append(k, v)
    s = cache.keys @ q / np.sqrt(len(q))
    w = np.exp(s - s.max())
    return (w / w.sum()) @ cache.values
