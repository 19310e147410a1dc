"""Decision-tree building blocks: Gini impurity and the best single split."""

import numpy as np


def gini_impurity(labels):
    # 1 - sum_c p_c^2: the chance two draws with replacement disagree. Empty set: 0.0.
    labels = np.asarray(labels)
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    p = counts / labels.size
    return float(1.0 - np.sum(p * p))


def best_split(X, y):
    # Exhaustive search: every feature, every midpoint between consecutive distinct values.
    n, d = X.shape
    best = None
    for feature in range(d):
        values = np.unique(X[:, feature])               # sorted, distinct
        for threshold in (values[:-1] + values[1:]) / 2:
            left = X[:, feature] <= threshold
            n_left = int(left.sum())
            # Each child counts in proportion to the samples it receives.
            weighted = (n_left * gini_impurity(y[left]) + (n - n_left) * gini_impurity(y[~left])) / n
            # Strictly lower only: a tie keeps the earlier (lower feature, lower threshold) split.
            if best is None or weighted < best[2]:
                best = (feature, float(threshold), float(weighted))
    return best   # None when every feature is constant (no split exists)
