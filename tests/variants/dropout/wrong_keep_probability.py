"""Wrong: treats p as the keep probability (keeps where u < p) while scaling by 1/(1-p)."""
# expect: you drop with probability 1 - p
import numpy as np


def dropout(x, p, rng, training=True):
    if not training:
        return x
    mask = rng.random(x.shape) < p
    return x * mask / (1 - p)
