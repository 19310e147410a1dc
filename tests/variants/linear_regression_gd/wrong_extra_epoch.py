"""Wrong: off by one, runs epochs + 1 updates."""
# expect: updates instead of epochs
import numpy as np


def linear_regression_gd(X, y, lr=0.01, epochs=1000):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs + 1):
        error = X @ w + b - y
        w, b = w - lr * (2 / n) * X.T @ error, b - lr * (2 / n) * error.sum()
    return w, b
