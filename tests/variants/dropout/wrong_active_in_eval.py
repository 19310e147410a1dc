"""Wrong: ignores `training`, so dropout still drops at inference time."""
# expect: with training=False
import numpy as np


def dropout(x, p, rng, training=True):
    keep = rng.random(x.shape) >= p
    return np.where(keep, x / (1 - p), 0.0)
