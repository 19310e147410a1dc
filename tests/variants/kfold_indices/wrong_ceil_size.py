"""Wrong: folds of ceil(n / k), so the last fold is the small one (and may even be empty)."""
# expect: differ by more than one
import math

import numpy as np


def kfold_indices(n, k, shuffle=False, seed=0):
    idx = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    size = math.ceil(n / k)
    return [(np.concatenate([idx[:i * size], idx[(i + 1) * size:]]), idx[i * size:(i + 1) * size])
            for i in range(k)]
