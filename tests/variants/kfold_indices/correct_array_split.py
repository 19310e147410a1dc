"""Correct: np.array_split already gives the first n % k pieces one extra element."""
import numpy as np


def kfold_indices(n, k, shuffle=False, seed=0):
    idx = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    folds = []
    for test in np.array_split(idx, k):
        mask = np.ones(n, dtype=bool)
        mask[test] = False
        train = idx[mask[idx]] if shuffle else np.flatnonzero(mask)
        folds.append((train, test))
    return folds
