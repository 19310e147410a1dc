"""Correct: explicit fold boundaries; shuffles with rng.shuffle (a different permutation, still seeded)."""
import numpy as np


def kfold_indices(n, k, shuffle=False, seed=0):
    order = list(range(n))
    if shuffle:
        rng = np.random.default_rng(seed)
        rng.shuffle(order)
    folds, start = [], 0
    for i in range(k):
        size = n // k + (1 if i < n % k else 0)
        test = order[start:start + size]
        in_test = set(test)
        train = sorted(j for j in range(n) if j not in in_test)
        folds.append((np.array(train, dtype=int), np.array(sorted(test), dtype=int)))
        start += size
    return folds
