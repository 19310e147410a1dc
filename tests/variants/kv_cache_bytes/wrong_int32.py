"""Wrong: multiplies in int32, which overflows past 2 GiB."""
# expect: overflowed a 32-bit integer
import numpy as np


def kv_cache_bytes(n_layers, n_kv_heads, head_dim, seq_len, batch=1, bytes_per_elem=2):
    return int(np.prod([2, n_layers, n_kv_heads, head_dim, seq_len, batch, bytes_per_elem], dtype=np.int32))
