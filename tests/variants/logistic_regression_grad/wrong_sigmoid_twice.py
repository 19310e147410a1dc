"""Wrong: multiplies the p - y residual by sigmoid'(z) = p(1 - p) once more."""
# expect: contribute almost nothing
import numpy as np


def logistic_regression_grad(X, y, w, b):
    n = len(y)
    p = 1 / (1 + np.exp(-(X @ w + b)))
    r = (p - y) * p * (1 - p)
    return X.T @ r / n, np.mean(r)
