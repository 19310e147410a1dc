"""Wrong: thresholds are the data values themselves (x <= v_i), not midpoints between neighbours."""
# expect: not a midpoint
import numpy as np


def _gini(labels):
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    return 1.0 - np.sum((counts / len(labels)) ** 2)


def best_split(X, y):
    n, d = X.shape
    best = None
    for f in range(d):
        for t in np.unique(X[:, f])[:-1]:
            left = X[:, f] <= t
            w = left.sum() / n * _gini(y[left]) + (~left).sum() / n * _gini(y[~left])
            if best is None or w < best[2]:
                best = (f, float(t), float(w))
    return best
