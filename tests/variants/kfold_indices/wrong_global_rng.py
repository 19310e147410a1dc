"""Wrong: shuffles with the global NumPy random state and ignores `seed`: not reproducible."""
# expect: depend on something besides seed
import numpy as np


def kfold_indices(n, k, shuffle=False, seed=0):
    idx = np.random.permutation(n) if shuffle else np.arange(n)
    folds = []
    for test in np.array_split(idx, k):
        folds.append((np.setdiff1d(np.arange(n), test), test))
    return folds
