"""Wrong: the upper triangle (j >= i), so every query sees the future instead of the past."""
# expect: upper triangle
import numpy as np


def causal_mask(seq_len):
    return np.triu(np.ones((seq_len, seq_len), dtype=bool))
