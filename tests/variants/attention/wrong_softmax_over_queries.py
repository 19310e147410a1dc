"""Wrong: normalises over axis -2 (the queries) instead of over the keys."""
# expect: normalised over the queries
import numpy as np


def attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    w = np.exp(scores - scores.max(axis=-2, keepdims=True))
    return w / w.sum(axis=-2, keepdims=True) @ V
