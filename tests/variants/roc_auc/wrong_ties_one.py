"""Wrong: counts a tied (positive, negative) pair as a full win (>= instead of >)."""
# expect: counted as 1
import numpy as np


def roc_auc(y_true, scores):
    pos, neg = scores[y_true == 1], scores[y_true == 0]
    return float((pos[:, None] >= neg[None, :]).mean())
