"""Wrong: updates w first, then computes the bias gradient from predictions made with the new w."""
# expect: updating w first
import numpy as np


def linear_regression_gd(X, y, lr=0.01, epochs=1000):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        w = w - lr * (2 / n) * X.T @ (X @ w + b - y)
        b = b - lr * (2 / n) * np.sum(X @ w + b - y)
    return w, b
