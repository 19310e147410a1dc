"""Correct: a loop over query heads, each reading the kv head h // group by column slices."""
import numpy as np


def _attend(q, k, v, mask):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return (w / w.sum(axis=-1, keepdims=True)) @ v


def grouped_query_attention(X, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, mask=None):
    d_head = X.shape[-1] // n_heads
    group = n_heads // n_kv_heads
    Q, K, V = X @ W_q, X @ W_k, X @ W_v
    outs = []
    for h in range(n_heads):
        g = h // group
        q = Q[..., h * d_head:(h + 1) * d_head]
        k = K[..., g * d_head:(g + 1) * d_head]
        v = V[..., g * d_head:(g + 1) * d_head]
        outs.append(_attend(q, k, v, mask))
    return np.concatenate(outs, axis=-1) @ W_o
