"""Wrong: an additive mask of 0 and -inf instead of a boolean one."""
# expect: an additive mask
import numpy as np


def causal_mask(seq_len):
    return np.triu(np.full((seq_len, seq_len), -np.inf), k=1)
