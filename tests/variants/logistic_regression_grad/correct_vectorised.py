"""Correct: p - y residual, vectorised, the usual 1 / (1 + exp(-z)) sigmoid."""
import numpy as np


def logistic_regression_grad(X, y, w, b):
    n = X.shape[0]
    p = 1 / (1 + np.exp(-(X @ w + b)))
    dw = X.T @ (p - y) / n
    db = np.mean(p - y)
    return dw, db
