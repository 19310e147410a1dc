"""Wrong: head h takes every n_heads-th column (reshape to (seq, d_head, n_heads)) instead of a contiguous block."""
# expect: every n_heads-th column
import numpy as np


def multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads, mask=None):
    *lead, seq, d_model = X.shape
    d_head = d_model // n_heads
    Q, K, V = (np.moveaxis(np.reshape(X @ W, (*lead, seq, d_head, n_heads)), -1, -3) for W in (W_q, W_k, W_v))
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d_head)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    out = (w / w.sum(axis=-1, keepdims=True)) @ V
    return np.moveaxis(out, -3, -1).reshape(*lead, seq, d_model) @ W_o
