"""Correct: no copies of K/V; queries reshaped to (..., n_kv, group, seq, d_head) and broadcast against K/V."""
import numpy as np


def grouped_query_attention(X, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, mask=None):
    *lead, seq, d_model = X.shape
    d_head = d_model // n_heads
    group = n_heads // n_kv_heads
    # Column block h = g * group + j belongs to kv head g: split the head index as (g, j).
    Q = np.moveaxis((X @ W_q).reshape(*lead, seq, n_kv_heads, group, d_head), -4, -2)  # (..., g, j, seq, d)
    K = np.moveaxis((X @ W_k).reshape(*lead, seq, n_kv_heads, d_head), -3, -2)[..., None, :, :]
    V = np.moveaxis((X @ W_v).reshape(*lead, seq, n_kv_heads, d_head), -3, -2)[..., None, :, :]
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d_head)
    if mask is not None:
        scores = np.where(mask, scores, -1e30)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    out = (w / w.sum(axis=-1, keepdims=True)) @ V  # (..., g, j, seq, d)
    return np.moveaxis(out, -2, -4).reshape(*lead, seq, d_model) @ W_o
