"""Wrong: sums over the batch instead of averaging."""
# expect: times too large
import numpy as np


def logistic_regression_grad(X, y, w, b):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    return X.T @ (p - y), np.sum(p - y)
