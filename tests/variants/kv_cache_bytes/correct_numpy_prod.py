"""Correct: per-token bytes times tokens, with np.prod over int64 converted to a Python int."""
import numpy as np


def kv_cache_bytes(n_layers, n_kv_heads, head_dim, seq_len, batch=1, bytes_per_elem=2):
    per_token = np.prod([2, n_layers, n_kv_heads, head_dim, bytes_per_elem], dtype=np.int64)
    return int(per_token * seq_len * batch)  # a Python int: exact and plain
