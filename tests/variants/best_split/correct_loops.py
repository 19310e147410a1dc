"""Correct: plain loops over features and midpoints, Gini from a Counter, strict < keeps the first tie."""
from collections import Counter

import numpy as np


def _gini(labels):
    n = len(labels)
    if n == 0:
        return 0.0
    return 1.0 - sum((c / n) ** 2 for c in Counter(labels).values())


def best_split(X, y):
    n, d = X.shape
    labels = y.tolist()
    best = None
    for f in range(d):
        column = X[:, f].tolist()
        values = sorted(set(column))
        for a, b in zip(values, values[1:]):
            t = (a + b) / 2
            left = [lab for x, lab in zip(column, labels) if x <= t]
            right = [lab for x, lab in zip(column, labels) if x > t]
            w = len(left) / n * _gini(left) + len(right) / n * _gini(right)
            if best is None or w < best[2]:
                best = (f, t, w)
    return best
