"""Correct: per-example loops with a sign-split stable sigmoid."""
import math

import numpy as np


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def logistic_regression_grad(X, y, w, b):
    n, d = X.shape
    dw = [0.0] * d
    db = 0.0
    for i in range(n):
        z = sum(X[i, j] * w[j] for j in range(d)) + b
        r = _sigmoid(z) - y[i]
        for j in range(d):
            dw[j] += r * X[i, j] / n
        db += r / n
    return np.array(dw), db
