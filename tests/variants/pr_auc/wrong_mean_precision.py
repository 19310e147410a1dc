"""Wrong: the plain mean of the precisions at every threshold, not weighted by the recall gained."""
# expect: recall gained
import numpy as np


def pr_auc(y_true, scores):
    precisions = []
    for t in np.unique(scores)[::-1]:
        flagged = scores >= t
        precisions.append(y_true[flagged].sum() / flagged.sum())
    return float(np.mean(precisions))
