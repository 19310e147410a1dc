"""Wrong: np.bincount(...).argmax() gives a tied vote to the smallest label."""
# expect: smallest of the tied labels
import numpy as np


def knn_predict(X_train, y_train, X_test, k=5):
    d = np.sqrt(((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(-1))
    nearest = np.argsort(d, axis=1)[:, :k]
    return np.array([np.bincount(y_train[row]).argmax() for row in nearest], dtype=y_train.dtype)
