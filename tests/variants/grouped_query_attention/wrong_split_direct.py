"""Wrong: reshapes projections straight to (..., heads, seq, d_head), mixing tokens and features."""
# expect: each head's rows mix features of different tokens
import numpy as np


def grouped_query_attention(X, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, mask=None):
    *lead, seq, d_model = X.shape
    d = d_model // n_heads
    Q = (X @ W_q).reshape(*lead, n_heads, seq, d)
    K = np.repeat((X @ W_k).reshape(*lead, n_kv_heads, seq, d), n_heads // n_kv_heads, axis=-3)
    V = np.repeat((X @ W_v).reshape(*lead, n_kv_heads, seq, d), n_heads // n_kv_heads, axis=-3)
    s = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d)
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    out = (w / w.sum(axis=-1, keepdims=True)) @ V
    return np.swapaxes(out, -2, -3).reshape(*lead, seq, d_model) @ W_o
