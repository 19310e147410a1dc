"""Wrong: drops the factor 2 of the squared error's derivative (half-size steps)."""
# expect: half the size it should be
import numpy as np


def linear_regression_gd(X, y, lr=0.01, epochs=1000):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        error = X @ w + b - y
        w = w - lr * X.T @ error / n
        b = b - lr * error.mean()
    return w, b
