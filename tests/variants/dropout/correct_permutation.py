"""Correct: drops exactly round(p * size) entries at positions chosen by rng.permutation."""
import numpy as np


def dropout(x, p, rng, training=True):
    if not training:
        return x.copy()
    flat = x.ravel() / (1 - p)
    k = int(round(p * flat.size))
    flat[rng.permutation(flat.size)[:k]] = 0.0
    return flat.reshape(x.shape)
