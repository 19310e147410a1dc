"""Wrong: always normalises the last axis, whatever `axis` says."""
# expect: axis
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
