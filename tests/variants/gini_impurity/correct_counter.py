"""Correct: collections.Counter over the labels, pure Python arithmetic."""
from collections import Counter


def gini_impurity(labels):
    n = len(labels)
    if n == 0:
        return 0.0
    return 1.0 - sum((c / n) ** 2 for c in Counter(labels.tolist()).values())
