"""Correct: matmul with swapaxes, masking by boolean assignment on a broadcast copy of the scores."""
import numpy as np


def attention(Q, K, V, mask=None):
    scores = (Q @ K.swapaxes(-1, -2)) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = scores.copy()
        scores[~np.broadcast_to(mask, scores.shape)] = -np.inf
    weights = np.exp(scores - np.max(scores, axis=-1, keepdims=True))
    return (weights / weights.sum(axis=-1, keepdims=True)) @ V
