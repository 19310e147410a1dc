"""Wrong: every fold gets n // k and the last fold takes the whole remainder."""
# expect: the remainder went to the last fold
import numpy as np


def kfold_indices(n, k, shuffle=False, seed=0):
    idx = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    size = n // k
    folds = []
    for i in range(k):
        stop = n if i == k - 1 else (i + 1) * size
        test = idx[i * size:stop]
        folds.append((np.concatenate([idx[:i * size], idx[stop:]]), test))
    return folds
