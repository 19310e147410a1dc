"""Wrong: applies the mask to x in place, changing the caller's array."""
# expect: modified its input `x` in place
import numpy as np


def dropout(x, p, rng, training=True):
    if not training:
        return x
    x *= (rng.random(x.shape) >= p) / (1 - p)
    return x
