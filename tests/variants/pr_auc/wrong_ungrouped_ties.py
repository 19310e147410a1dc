"""Wrong: one threshold per sample after sorting, so tied scores are taken one at a time."""
# expect: one threshold
import numpy as np


def pr_auc(y_true, scores):
    y = y_true[np.argsort(-scores, kind="stable")]
    tp = np.cumsum(y)
    precision = tp / np.arange(1, len(y) + 1)
    return float(np.sum(precision * y) / y.sum())
