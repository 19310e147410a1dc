"""Correct: arrays grown with np.vstack on every append, einsum for the scores."""
import numpy as np


class KVCache:
    def __init__(self):
        self.k = None
        self.v = None

    def append(self, k, v):
        self.k = k[None, :].copy() if self.k is None else np.vstack([self.k, k])
        self.v = v[None, :].copy() if self.v is None else np.vstack([self.v, v])

    @property
    def keys(self):
        return self.k

    @property
    def values(self):
        return self.v


def decode_step(q, k, v, cache):
    cache.append(k, v)
    s = np.einsum("td,d->t", cache.keys, q) / np.sqrt(q.shape[-1])
    p = np.exp(s - np.max(s))
    return np.einsum("t,td->d", p / p.sum(), cache.values)
