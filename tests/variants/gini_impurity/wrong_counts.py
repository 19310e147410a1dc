"""Wrong: squares the raw counts instead of the proportions."""
# expect: raw class counts
import numpy as np


def gini_impurity(labels):
    _, counts = np.unique(labels, return_counts=True)
    return float(1 - np.sum(counts ** 2))
