"""Correct: compares key positions with query positions by broadcasting."""
import numpy as np


def causal_mask(seq_len):
    positions = np.arange(seq_len)
    return positions[None, :] <= positions[:, None]
