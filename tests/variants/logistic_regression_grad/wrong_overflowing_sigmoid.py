"""Wrong: sigmoid as exp(z) / (1 + exp(z)), which is inf / inf = nan for large logits."""
# expect: overflows float64
import numpy as np


def logistic_regression_grad(X, y, w, b):
    n = len(y)
    e = np.exp(X @ w + b)
    p = e / (1 + e)
    return X.T @ (p - y) / n, np.mean(p - y)
