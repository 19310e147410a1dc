"""Wrong: assumes an fp32 cache by default (bytes_per_elem=4)."""
# expect: the defaults are batch=1 and bytes_per_elem=2
def kv_cache_bytes(n_layers, n_kv_heads, head_dim, seq_len, batch=1, bytes_per_elem=4):
    return 2 * n_layers * n_kv_heads * head_dim * seq_len * batch * bytes_per_elem
