"""Correct: treats X as batched (adding a batch axis when needed) and moves the head axis with transpose."""
import numpy as np


def multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads, mask=None):
    single = X.ndim == 2
    Xb = X[None] if single else X
    b, s, d = Xb.shape
    dh = d // n_heads

    def split(t):
        return t.reshape(b, s, n_heads, dh).transpose(0, 2, 1, 3)

    Q, K, V = split(Xb @ W_q), split(Xb @ W_k), split(Xb @ W_v)
    scores = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(dh)
    if mask is not None:
        scores = np.where(mask[None, None], scores, -np.inf)
    scores = scores - scores.max(-1, keepdims=True)
    w = np.exp(scores)
    w = w / w.sum(-1, keepdims=True)
    out = (w @ V).transpose(0, 2, 1, 3).reshape(b, s, d) @ W_o
    return out[0] if single else out
