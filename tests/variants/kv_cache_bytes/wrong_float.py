"""Wrong: the right number as a float (a float factor turns the product into a float)."""
# expect: return an int
def kv_cache_bytes(n_layers, n_kv_heads, head_dim, seq_len, batch=1, bytes_per_elem=2):
    return 2.0 * n_layers * n_kv_heads * head_dim * seq_len * batch * bytes_per_elem
