"""Wrong: returns the ROC-AUC (rank formula) when asked for the area under the PR curve."""
# expect: ROC-AUC
import numpy as np


def pr_auc(y_true, scores):
    pos, neg = scores[y_true == 1], scores[y_true == 0]
    if neg.size == 0:
        return 1.0
    return float(((pos[:, None] > neg) + 0.5 * (pos[:, None] == neg)).mean())
