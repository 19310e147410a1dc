"""Wrong: np.bincount assumes labels 0..K-1 and raises on negative labels."""
# expect: negative
import numpy as np


def gini_impurity(labels):
    if labels.size == 0:
        return 0.0
    p = np.bincount(labels) / labels.size
    return float(1 - np.sum(p ** 2))
