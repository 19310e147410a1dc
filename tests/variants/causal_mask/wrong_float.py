"""Wrong: the right pattern as floats 0.0 / 1.0 instead of booleans."""
# expect: return a bool array
import numpy as np


def causal_mask(seq_len):
    return np.tril(np.ones((seq_len, seq_len)))
