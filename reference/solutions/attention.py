"""Softmax, masks and attention: the reference implementations."""

import numpy as np


def softmax(x, axis=-1):
    # Subtracting the max leaves the result unchanged and keeps exp() from overflowing;
    # an all -inf row would be 0/0, which the contract leaves undefined.
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)


def causal_mask(seq_len):
    # Query i may look at keys 0..i: the lower triangle, diagonal included.
    return np.tril(np.ones((seq_len, seq_len), dtype=bool))


def attention(Q, K, V, mask=None):
    d_k = Q.shape[-1]
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d_k)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    return softmax(scores, axis=-1) @ V


def _split_heads(t, n_heads):
    # (..., seq, n_heads * d_head) -> (..., n_heads, seq, d_head); head h owns a contiguous block.
    *lead, seq, width = t.shape
    return np.swapaxes(t.reshape(*lead, seq, n_heads, width // n_heads), -2, -3)


def _merge_heads(t):
    *lead, n_heads, seq, d_head = t.shape
    return np.swapaxes(t, -2, -3).reshape(*lead, seq, n_heads * d_head)


def multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads, mask=None):
    Q, K, V = (_split_heads(X @ W, n_heads) for W in (W_q, W_k, W_v))
    return _merge_heads(attention(Q, K, V, mask)) @ W_o


def grouped_query_attention(X, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, mask=None):
    Q = _split_heads(X @ W_q, n_heads)
    K, V = (_split_heads(X @ W, n_kv_heads) for W in (W_k, W_v))
    group = n_heads // n_kv_heads
    # Query head h reads kv head h // group: repeat each kv head `group` times in place.
    K, V = np.repeat(K, group, axis=-3), np.repeat(V, group, axis=-3)
    return _merge_heads(attention(Q, K, V, mask)) @ W_o
