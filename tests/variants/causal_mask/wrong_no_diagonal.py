"""Wrong: strict lower triangle (j < i), so a token cannot attend to itself."""
# expect: the diagonal is False
import numpy as np


def causal_mask(seq_len):
    return np.tril(np.ones((seq_len, seq_len), dtype=bool), k=-1)
