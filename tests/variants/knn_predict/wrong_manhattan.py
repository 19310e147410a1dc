"""Wrong: ranks neighbours by Manhattan (L1) distance instead of Euclidean distance."""
# expect: Manhattan
from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k=5):
    preds = []
    for x in X_test:
        nearest = np.argsort(np.abs(X_train - x).sum(axis=1))[:k]
        preds.append(Counter(y_train[nearest].tolist()).most_common(1)[0][0])
    return np.array(preds, dtype=y_train.dtype)
