"""Wrong: averages the two children's Gini with weight 1/2 each instead of by their sizes."""
# expect: each weighted 1/2 whatever its size
import numpy as np


def _gini(labels):
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    return 1.0 - np.sum((counts / len(labels)) ** 2)


def best_split(X, y):
    best = None
    for f in range(X.shape[1]):
        values = np.unique(X[:, f])
        for t in (values[:-1] + values[1:]) / 2:
            left = X[:, f] <= t
            w = 0.5 * _gini(y[left]) + 0.5 * _gini(y[~left])
            if best is None or w < best[2]:
                best = (f, float(t), float(w))
    return best
