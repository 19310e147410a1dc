"""Wrong: returns GiB (as an int) instead of bytes."""
# expect: return bytes, not GiB
def kv_cache_bytes(n_layers, n_kv_heads, head_dim, seq_len, batch=1, bytes_per_elem=2):
    return 2 * n_layers * n_kv_heads * head_dim * seq_len * batch * bytes_per_elem // 2**30
