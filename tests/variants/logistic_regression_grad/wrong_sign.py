"""Wrong: y - p, the gradient of the log-likelihood instead of the loss (wrong sign)."""
# expect: wrong sign
import numpy as np


def logistic_regression_grad(X, y, w, b):
    n = len(y)
    p = 1 / (1 + np.exp(-(X @ w + b)))
    return X.T @ (y - p) / n, np.mean(y - p)
