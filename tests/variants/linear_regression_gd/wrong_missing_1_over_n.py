"""Wrong: sums the gradient over the batch instead of averaging (n times too large a step)."""
# expect: n times too large
import numpy as np


def linear_regression_gd(X, y, lr=0.01, epochs=1000):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        error = X @ w + b - y
        w = w - lr * 2 * X.T @ error
        b = b - lr * 2 * error.sum()
    return w, b
