"""Wrong: no special case for an empty array: the empty sum makes it 1 - 0 = 1.0 instead of 0.0."""
# expect: empty set is 0.0
import numpy as np


def gini_impurity(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / max(len(labels), 1)
    return float(1 - np.sum(p ** 2))
