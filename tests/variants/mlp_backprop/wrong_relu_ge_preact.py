"""Wrong: ReLU derivative 1 at exactly z1 == 0 (mask z1 >= 0); the prompt fixes it at 0."""
# expect: is exactly 0
import numpy as np


def mlp_backprop(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    z1 = X @ W1 + b1
    a1 = np.maximum(z1, 0)
    p = 1 / (1 + np.exp(-(a1 @ W2 + b2)))
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    dz2 = (p - y) / n
    dz1 = (dz2 @ W2.T) * (z1 >= 0)
    return loss, X.T @ dz1, dz1.sum(axis=0), a1.T @ dz2, dz2.sum(axis=0)
