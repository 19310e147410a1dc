"""Wrong: counts only the keys (or only the values): missing the factor 2."""
# expect: the leading factor 2
def kv_cache_bytes(n_layers, n_kv_heads, head_dim, seq_len, batch=1, bytes_per_elem=2):
    return n_layers * n_kv_heads * head_dim * seq_len * batch * bytes_per_elem
