"""Wrong: returns the per-example residuals as db instead of their mean."""
# expect: db was not averaged over the batch
import numpy as np


def logistic_regression_grad(X, y, w, b):
    n = len(y)
    p = 1 / (1 + np.exp(-(X @ w + b)))
    return X.T @ (p - y) / n, (p - y) / n
