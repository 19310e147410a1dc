"""Wrong: counts only strict wins; a tied (positive, negative) pair adds nothing."""
# expect: counted as 0
import numpy as np


def roc_auc(y_true, scores):
    pos, neg = scores[y_true == 1], scores[y_true == 0]
    return float((pos[:, None] > neg[None, :]).mean())
