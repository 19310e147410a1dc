"""Wrong: ignores `rng` and draws from NumPy's global generator, so a seed does not reproduce."""
# expect: same seed
import numpy as np


def dropout(x, p, rng, training=True):
    if not training:
        return x
    keep = np.random.rand(*x.shape) >= p
    return np.where(keep, x / (1 - p), 0.0)
