"""Wrong: drops the first p-fraction of entries (a block) instead of random positions."""
# expect: not spread over the array
import numpy as np


def dropout(x, p, rng, training=True):
    if not training:
        return x
    flat = x.ravel() / (1 - p)
    flat[: int(round(p * flat.size))] = 0.0
    return flat.reshape(x.shape)
