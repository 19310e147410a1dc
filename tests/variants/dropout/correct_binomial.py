"""Correct: a Bernoulli(1 - p) keep-mask from rng.binomial, multiplied in, copy in eval mode."""
import numpy as np


def dropout(x, p, rng, training=True):
    x = np.asarray(x, dtype=float)
    if not training:
        return x.copy()
    mask = rng.binomial(1, 1.0 - p, size=x.shape)
    return x * mask / (1.0 - p)
