"""Wrong: zeroes entries but forgets the 1/(1-p) rescale of the survivors."""
# expect: the kept entries equal x
import numpy as np


def dropout(x, p, rng, training=True):
    if not training:
        return x
    return x * (rng.random(x.shape) >= p)
