"""Wrong: written for a single (seq, d_model) sequence; a batched X breaks the head split."""
# expect: X's shape
import numpy as np


def multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads, mask=None):
    seq, d_model = X.shape[-2], X.shape[-1]
    d_head = d_model // n_heads
    Q, K, V = ((X @ W).reshape(seq, n_heads, d_head).transpose(1, 0, 2) for W in (W_q, W_k, W_v))
    scores = Q @ K.transpose(0, 2, 1) / np.sqrt(d_head)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    out = (w / w.sum(axis=-1, keepdims=True)) @ V
    return out.transpose(1, 0, 2).reshape(seq, d_model) @ W_o
