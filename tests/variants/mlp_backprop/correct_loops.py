"""Correct: one example at a time, accumulating gradients in explicit Python loops."""
import math

import numpy as np


def mlp_backprop(X, y, W1, b1, W2, b2):
    n, d = X.shape
    h = W1.shape[1]
    dW1 = np.zeros((d, h))
    db1 = np.zeros(h)
    dW2 = np.zeros((h, 1))
    db2 = np.zeros(1)
    total = 0.0
    for i in range(n):
        z1 = [sum(X[i, k] * W1[k, j] for k in range(d)) + b1[j] for j in range(h)]
        a1 = [max(z, 0.0) for z in z1]
        z2 = sum(a1[j] * W2[j, 0] for j in range(h)) + b2[0]
        p = 1.0 / (1.0 + math.exp(-z2))
        total += -(y[i, 0] * math.log(p) + (1 - y[i, 0]) * math.log(1 - p))
        g = (p - y[i, 0]) / n                      # dL/dz2 for this example
        db2[0] += g
        for j in range(h):
            dW2[j, 0] += a1[j] * g
            gz = g * W2[j, 0] if z1[j] > 0 else 0.0  # back through the ReLU
            db1[j] += gz
            for k in range(d):
                dW1[k, j] += X[i, k] * gz
    return total / n, dW1, db1, dW2, db2
