"""Correct: np.unique counts, written as sum p (1 - p), the same quantity as 1 - sum p^2."""
import numpy as np


def gini_impurity(labels):
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    p = counts / counts.sum()
    return float(np.sum(p * (1 - p)))
