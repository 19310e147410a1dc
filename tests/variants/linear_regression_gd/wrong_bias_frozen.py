"""Wrong: computes the bias gradient but never applies it."""
# expect: the bias never moved
import numpy as np


def linear_regression_gd(X, y, lr=0.01, epochs=1000):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        error = X @ w + b - y
        w = w - lr * (2 / n) * X.T @ error
        db = (2 / n) * error.sum()
    return w, b
