"""Correct: one reshape to (..., seq, heads, d_head) and einsum over named axes, -1e9 for masked scores."""
import numpy as np


def multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads, mask=None):
    *lead, seq, d_model = X.shape
    d_head = d_model // n_heads
    q, k, v = (np.reshape(X @ W, (*lead, seq, n_heads, d_head)) for W in (W_q, W_k, W_v))
    scores = np.einsum("...qhd,...khd->...hqk", q, k) / np.sqrt(d_head)
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    scores -= scores.max(axis=-1, keepdims=True)
    w = np.exp(scores)
    w /= w.sum(axis=-1, keepdims=True)
    out = np.einsum("...hqk,...khd->...qhd", w, v)
    return out.reshape(*lead, seq, d_model) @ W_o
