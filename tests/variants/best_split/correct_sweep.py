"""Correct: sort each feature once and sweep cumulative class counts (O(d n log n)), vectorised per feature."""
import numpy as np


def best_split(X, y):
    n, d = X.shape
    classes, y_idx = np.unique(y, return_inverse=True)
    onehot = np.eye(len(classes))[y_idx]
    best = None
    for f in range(d):
        order = np.argsort(X[:, f], kind="stable")
        x = X[order, f]
        left_counts = np.cumsum(onehot[order], axis=0)[:-1]        # split after position i
        right_counts = onehot.sum(axis=0) - left_counts
        valid = x[1:] != x[:-1]                                      # only between distinct values
        if not valid.any():
            continue
        n_left = np.arange(1, n)[valid]
        lc, rc = left_counts[valid], right_counts[valid]
        g_left = 1 - np.sum((lc / n_left[:, None]) ** 2, axis=1)
        g_right = 1 - np.sum((rc / (n - n_left)[:, None]) ** 2, axis=1)
        weighted = (n_left * g_left + (n - n_left) * g_right) / n
        i = int(np.argmin(weighted))                                 # first minimum = lowest threshold
        t = (x[:-1][valid][i] + x[1:][valid][i]) / 2
        if best is None or weighted[i] < best[2]:
            best = (f, float(t), float(weighted[i]))
    return best
