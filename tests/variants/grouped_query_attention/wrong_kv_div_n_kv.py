"""Wrong: maps query head h to kv head h // n_kv_heads, confusing the group size with the number of kv heads."""
# expect: reading kv head h // n_kv_heads
import numpy as np


def grouped_query_attention(X, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, mask=None):
    d = X.shape[-1] // n_heads
    Q, K, V = X @ W_q, X @ W_k, X @ W_v
    outs = []
    for h in range(n_heads):
        g = min(h // n_kv_heads, n_kv_heads - 1)
        q, k, v = Q[..., h * d:(h + 1) * d], K[..., g * d:(g + 1) * d], V[..., g * d:(g + 1) * d]
        s = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
        if mask is not None:
            s = np.where(mask, s, -np.inf)
        w = np.exp(s - s.max(axis=-1, keepdims=True))
        outs.append((w / w.sum(axis=-1, keepdims=True)) @ v)
    return np.concatenate(outs, axis=-1) @ W_o
