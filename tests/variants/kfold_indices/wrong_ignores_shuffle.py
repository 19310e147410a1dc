"""Wrong: accepts shuffle and seed but never shuffles."""
# expect: the indices were not shuffled
import numpy as np


def kfold_indices(n, k, shuffle=False, seed=0):
    return [(np.setdiff1d(np.arange(n), test), test) for test in np.array_split(np.arange(n), k)]
