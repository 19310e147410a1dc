"""Wrong: marks the blocked positions (j > i) as True, the "mask out" convention."""
# expect: inverted
import numpy as np


def causal_mask(seq_len):
    return np.triu(np.ones((seq_len, seq_len), dtype=bool), k=1)
