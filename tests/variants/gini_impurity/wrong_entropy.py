"""Wrong: computes the entropy (in bits) instead of the Gini impurity."""
# expect: entropy
import numpy as np


def gini_impurity(labels):
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    p = counts / labels.size
    return float(-np.sum(p * np.log2(p)))
