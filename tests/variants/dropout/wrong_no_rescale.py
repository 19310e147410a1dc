"""Wrong: zeroes entries but forgets the 1/(1-p) rescale of the survivors."""
# expect: divides the survivors by 1 - p
import numpy as np


def dropout(x, p, rng, training=True):
    if not training:
        return x
    return x * (rng.random(x.shape) >= p)
