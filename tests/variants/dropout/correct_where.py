"""Correct: a uniform draw per entry, keep where u >= p, np.where for the output."""
import numpy as np


def dropout(x, p, rng, training=True):
    if not training or p == 0:
        return x
    keep = rng.random(x.shape) >= p
    return np.where(keep, x / (1 - p), 0.0)
