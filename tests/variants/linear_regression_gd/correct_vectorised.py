"""Correct: the standard vectorised loop, in-place updates on the function's own arrays."""
import numpy as np


def linear_regression_gd(X, y, lr=0.01, epochs=1000):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        error = X @ w + b - y
        dw = (2 / n) * X.T @ error
        db = (2 / n) * error.sum()
        w -= lr * dw
        b -= lr * db
    return w, b
