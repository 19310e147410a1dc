"""Wrong: forgets the sigmoid and uses the linear regression residual z - y."""
# expect: the sigmoid is missing
import numpy as np


def logistic_regression_grad(X, y, w, b):
    n = len(y)
    r = X @ w + b - y
    return X.T @ r / n, np.mean(r)
