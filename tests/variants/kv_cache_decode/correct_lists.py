"""Correct: Python lists of rows, stacked when read."""
import numpy as np


class KVCache:
    def __init__(self):
        self._k, self._v = [], []

    def append(self, k, v):
        self._k.append(np.asarray(k, dtype=float).copy())
        self._v.append(np.asarray(v, dtype=float).copy())

    @property
    def keys(self):
        return np.stack(self._k)

    @property
    def values(self):
        return np.stack(self._v)


def decode_step(q, k, v, cache):
    cache.append(k, v)
    scores = cache.keys @ q / np.sqrt(len(q))
    w = np.exp(scores - scores.max())
    return (w / w.sum()) @ cache.values
