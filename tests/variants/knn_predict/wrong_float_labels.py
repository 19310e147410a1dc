"""Wrong: collects the predictions in a float array, so integer labels come back as floats."""
# expect: dtype
from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k=5):
    preds = np.zeros(len(X_test))
    for i, x in enumerate(X_test):
        nearest = np.argsort(np.linalg.norm(X_train - x, axis=1))[:k]
        preds[i] = Counter(y_train[nearest].tolist()).most_common(1)[0][0]
    return preds
