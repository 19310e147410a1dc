"""Correct: per test point, sort by Euclidean distance and let Counter.most_common break ties
(it keeps first-seen order among equal counts, and the neighbours are seen closest first)."""
from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k=5):
    preds = []
    for x in X_test:
        dists = np.linalg.norm(X_train - x, axis=1)
        nearest = np.argsort(dists)[:k]
        preds.append(Counter(y_train[nearest].tolist()).most_common(1)[0][0])
    return np.array(preds, dtype=y_train.dtype)
