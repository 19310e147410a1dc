"""Wrong: attends only to the newest token, so each step returns its own v."""
# expect: not to every cached key
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
    K, V = cache.keys[-1:], cache.values[-1:]
    s = K @ q / np.sqrt(len(q))
    w = np.exp(s - s.max())
    return (w / w.sum()) @ V
