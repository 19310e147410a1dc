"""Wrong: forgets the 1/sqrt(d_head) scaling of the scores."""
# expect: more peaked (closer to one-hot) than expected
import numpy as np


def grouped_query_attention(X, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, mask=None):
    *lead, seq, d_model = X.shape
    d = d_model // n_heads

    def split(t, n):
        return np.swapaxes(t.reshape(*lead, seq, n, d), -2, -3)

    group = n_heads // n_kv_heads
    Q = split(X @ W_q, n_heads)
    K = np.repeat(split(X @ W_k, n_kv_heads), group, axis=-3)
    V = np.repeat(split(X @ W_v, n_kv_heads), group, axis=-3)
    s = Q @ np.swapaxes(K, -1, -2)
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    out = (w / w.sum(axis=-1, keepdims=True)) @ V
    return np.swapaxes(out, -2, -3).reshape(*lead, seq, d_model) @ W_o
