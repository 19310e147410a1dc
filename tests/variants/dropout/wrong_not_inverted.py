"""Wrong: classic (non-inverted) dropout: no rescale in training, multiply by 1 - p at inference."""
# expect: the kept entries equal x
import numpy as np


def dropout(x, p, rng, training=True):
    if not training:
        return x * (1 - p)
    return x * (rng.random(x.shape) >= p)
