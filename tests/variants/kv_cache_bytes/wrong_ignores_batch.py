"""Wrong: sizes the cache for a single sequence whatever the batch."""
# expect: batch were left out
def kv_cache_bytes(n_layers, n_kv_heads, head_dim, seq_len, batch=1, bytes_per_elem=2):
    return 2 * n_layers * n_kv_heads * head_dim * seq_len * bytes_per_elem
