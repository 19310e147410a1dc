"""Wrong: 1 - sum(p) instead of 1 - sum(p ** 2), which is always 0."""
# expect: which 1 - sum(p) always is
import numpy as np


def gini_impurity(labels):
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    return float(1 - np.sum(counts / labels.size))
