"""Correct: fills the mask one entry at a time."""
import numpy as np


def causal_mask(seq_len):
    mask = np.zeros((seq_len, seq_len), dtype=bool)
    for i in range(seq_len):
        for j in range(i + 1):
            mask[i, j] = True
    return mask
