"""Correct: loops over heads, slicing each head's columns, and over the batch when there is one."""
import numpy as np


def _attend(q, k, v, mask):
    scores = q @ k.T / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return (w / w.sum(axis=-1, keepdims=True)) @ v


def _one_sequence(x, W_q, W_k, W_v, W_o, n_heads, mask):
    q, k, v = x @ W_q, x @ W_k, x @ W_v
    d_head = q.shape[1] // n_heads
    heads = []
    for h in range(n_heads):
        cols = slice(h * d_head, (h + 1) * d_head)
        heads.append(_attend(q[:, cols], k[:, cols], v[:, cols], mask))
    return np.concatenate(heads, axis=1) @ W_o


def multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads, mask=None):
    if X.ndim == 2:
        return _one_sequence(X, W_q, W_k, W_v, W_o, n_heads, mask)
    return np.stack([_one_sequence(x, W_q, W_k, W_v, W_o, n_heads, mask) for x in X])
