"""Wrong: trains on every index, the test fold included (leakage)."""
# expect: it was trained on
import numpy as np


def kfold_indices(n, k, shuffle=False, seed=0):
    idx = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    return [(np.arange(n), test) for test in np.array_split(idx, k)]
