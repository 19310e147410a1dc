"""Wrong: accepts a mask but never applies it, so tokens see the future."""
# expect: saw future tokens
import numpy as np


def multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads, mask=None):
    *lead, seq, d_model = X.shape
    d_head = d_model // n_heads
    Q, K, V = (np.swapaxes(np.reshape(X @ W, (*lead, seq, n_heads, d_head)), -2, -3) for W in (W_q, W_k, W_v))
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d_head)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    out = (w / w.sum(axis=-1, keepdims=True)) @ V
    return np.swapaxes(out, -2, -3).reshape(*lead, seq, d_model) @ W_o
