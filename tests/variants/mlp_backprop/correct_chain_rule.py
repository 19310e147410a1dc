"""Correct: explicit chain rule dL/dp * dp/dz (no BCE+sigmoid shortcut), clipped probabilities, einsum."""
import numpy as np


def mlp_backprop(X, y, W1, b1, W2, b2):
    n = len(X)
    z1 = np.einsum("nd,dh->nh", X, W1) + b1
    a1 = np.where(z1 > 0, z1, 0.0)
    z2 = np.einsum("nh,ho->no", a1, W2) + b2
    p = np.clip(1 / (1 + np.exp(-z2)), 1e-12, 1 - 1e-12)
    loss = np.sum(-(y * np.log(p) + (1 - y) * np.log(1 - p))) / n

    dL_dp = (-(y / p) + (1 - y) / (1 - p)) / n
    dp_dz2 = p * (1 - p)
    dz2 = dL_dp * dp_dz2
    dW2 = np.einsum("nh,no->ho", a1, dz2)
    db2 = np.einsum("no->o", dz2)
    dz1 = np.einsum("no,ho->nh", dz2, W2) * np.heaviside(z1, 0.0)
    dW1 = np.einsum("nd,nh->dh", X, dz1)
    db1 = np.einsum("nh->h", dz1)
    return np.array(loss), dW1, db1, dW2, db2
