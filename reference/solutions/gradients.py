"""Gradients by hand: a two-layer MLP, linear regression by gradient descent, logistic regression."""

import numpy as np


def sigmoid(z):
    # 1 / (1 + e^-z) written through tanh: the same function, but no exp() to overflow
    # when |z| is in the hundreds.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def mlp_backprop(X, y, W1, b1, W2, b2):
    # Shapes: X (n, d), y (n, 1), W1 (d, h), b1 (h,), W2 (h, 1), b2 (1,).
    n = X.shape[0]

    # Forward pass.
    z1 = X @ W1 + b1                 # (n, h) hidden pre-activations
    a1 = np.maximum(z1, 0.0)         # relu
    z2 = a1 @ W2 + b2                # (n, 1) output logits
    p = sigmoid(z2)                  # (n, 1) probabilities

    # Binary cross-entropy from the logit: -[y log p + (1-y) log(1-p)] equals
    # log(1 + e^z) - y z, which never takes the log of 0.
    loss = float(np.mean(np.logaddexp(0.0, z2) - y * z2))

    # Backward pass. Sigmoid followed by BCE collapses to dL_i/dz2_i = p_i - y_i;
    # the mean over the batch contributes the 1/n.
    dz2 = (p - y) / n                # (n, 1)
    dW2 = a1.T @ dz2                 # (h, 1)
    db2 = dz2.sum(axis=0)            # (1,)  a bias is shared by every example: sum over the batch
    da1 = dz2 @ W2.T                 # (n, h)
    dz1 = da1 * (z1 > 0)             # relu'(z) is 1 for z > 0 and 0 otherwise (0 at z == 0, like PyTorch)
    dW1 = X.T @ dz1                  # (d, h)
    db1 = dz1.sum(axis=0)            # (h,)
    return loss, dW1, db1, dW2, db2


def linear_regression_gd(X, y, lr=0.01, epochs=1000):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        # Both gradients come from the same predictions; only then do the parameters move.
        err = X @ w + b - y                  # (n,) residuals
        dw = (2.0 / n) * (X.T @ err)         # d/dw of mean((Xw + b - y)^2)
        db = (2.0 / n) * err.sum()
        w = w - lr * dw
        b = b - lr * db
    return w, float(b)


def logistic_regression_grad(X, y, w, b):
    n = X.shape[0]
    # d/dz of BCE(sigmoid(z), y) is sigmoid(z) - y: the sigmoid's derivative cancels
    # against the loss's, leaving the residual. The chain rule through z = Xw + b gives X^T r.
    r = sigmoid(X @ w + b) - y
    return X.T @ r / n, float(r.sum() / n)
