"""Correct: assign a fold id to every position, then select with masks; legacy seeded RandomState."""
import numpy as np


def kfold_indices(n, k, shuffle=False, seed=0):
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    fold_of_position = np.repeat(np.arange(k), sizes)
    idx = np.random.RandomState(seed).permutation(n) if shuffle else np.arange(n)
    fold_of_index = np.empty(n, dtype=int)
    fold_of_index[idx] = fold_of_position
    return [(np.flatnonzero(fold_of_index != i), np.flatnonzero(fold_of_index == i)) for i in range(k)]
