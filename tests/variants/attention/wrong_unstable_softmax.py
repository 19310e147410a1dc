"""Wrong: exponentiates the raw scores, so large scores overflow to inf/inf = nan."""
# expect: overflows float64
import numpy as np


def attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    w = np.exp(scores)
    if mask is not None:
        w = np.where(mask, w, 0.0)
    return w / w.sum(axis=-1, keepdims=True) @ V
