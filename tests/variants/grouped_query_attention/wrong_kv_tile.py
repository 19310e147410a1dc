"""Wrong: query head h reads kv head h % n_kv_heads (np.tile) instead of h // (n_heads // n_kv_heads)."""
# expect: reading kv head h % n_kv_heads
import numpy as np


def grouped_query_attention(X, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, mask=None):
    *lead, seq, d_model = X.shape
    d = d_model // n_heads

    def split(t, n):
        return np.swapaxes(t.reshape(*lead, seq, n, d), -2, -3)

    Q = split(X @ W_q, n_heads)
    reps = [1] * (len(lead) + 3)
    reps[-3] = n_heads // n_kv_heads
    K, V = np.tile(split(X @ W_k, n_kv_heads), reps), np.tile(split(X @ W_v, n_kv_heads), reps)
    s = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d)
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    out = (w / w.sum(axis=-1, keepdims=True)) @ V
    return np.swapaxes(out, -2, -3).reshape(*lead, seq, d_model) @ W_o
