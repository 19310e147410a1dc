"""Correct: expands W_k and W_v to one column block per query head, then runs ordinary multi-head attention."""
import numpy as np


def _mha(X, W_q, W_k, W_v, W_o, n_heads, mask):
    *lead, seq, d_model = X.shape
    d = d_model // n_heads

    def split(t):
        return np.swapaxes(t.reshape(*lead, seq, n_heads, d), -2, -3)

    Q, K, V = split(X @ W_q), split(X @ W_k), split(X @ W_v)
    s = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d)
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    out = (w / w.sum(axis=-1, keepdims=True)) @ V
    return np.swapaxes(out, -2, -3).reshape(*lead, seq, d_model) @ W_o


def grouped_query_attention(X, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, mask=None):
    d = X.shape[-1] // n_heads
    group = n_heads // n_kv_heads
    blocks = [h // group for h in range(n_heads)]
    W_k_full = np.concatenate([W_k[:, g * d:(g + 1) * d] for g in blocks], axis=1)
    W_v_full = np.concatenate([W_v[:, g * d:(g + 1) * d] for g in blocks], axis=1)
    return _mha(X, W_q, W_k_full, W_v_full, W_o, n_heads, mask)
