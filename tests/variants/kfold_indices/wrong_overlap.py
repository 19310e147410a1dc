"""Wrong: fold i starts at i * (n // k), ignoring the extra samples of earlier folds, so test folds overlap."""
# expect: tested twice
import numpy as np


def kfold_indices(n, k, shuffle=False, seed=0):
    idx = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    folds = []
    for i in range(k):
        start = i * (n // k)
        stop = start + n // k + (1 if i < n % k else 0)
        folds.append((np.concatenate([idx[:start], idx[stop:]]), idx[start:stop]))
    return folds
