"""k-fold cross-validation indices."""

import numpy as np


def kfold_indices(n, k, shuffle=False, seed=0):
    indices = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    # sklearn's convention: sizes n // k, and the first n % k folds take one extra sample.
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    folds, start = [], 0
    for size in sizes:
        stop = start + size
        test = indices[start:stop]
        train = np.concatenate([indices[:start], indices[stop:]])   # everything else
        folds.append((train, test))
        start = stop
    return folds
