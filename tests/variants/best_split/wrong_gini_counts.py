"""Wrong: the child impurity squares raw counts instead of proportions."""
# expect: outside [0, 1)
import numpy as np


def _gini(labels):
    _, counts = np.unique(labels, return_counts=True)
    return 1.0 - np.sum(counts ** 2)


def best_split(X, y):
    n = len(y)
    best = None
    for f in range(X.shape[1]):
        values = np.unique(X[:, f])
        for t in (values[:-1] + values[1:]) / 2:
            left = X[:, f] <= t
            w = (left.sum() * _gini(y[left]) + (~left).sum() * _gini(y[~left])) / n
            if best is None or w < best[2]:
                best = (f, float(t), float(w))
    return best
