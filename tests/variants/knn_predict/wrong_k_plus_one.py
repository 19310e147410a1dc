"""Wrong: slices k+1 neighbours (an off-by-one when 'skipping the point itself' where there is none)."""
# expect: off by one
from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k=5):
    preds = []
    for x in X_test:
        nearest = np.argsort(np.linalg.norm(X_train - x, axis=1))[:k + 1]
        preds.append(Counter(y_train[nearest].tolist()).most_common(1)[0][0])
    return np.array(preds, dtype=y_train.dtype)
