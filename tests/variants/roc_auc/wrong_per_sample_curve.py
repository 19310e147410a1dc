"""Wrong: ROC curve with one point per sample (ties not grouped), so tied pairs depend on the order."""
# expect: between counting every tie as 0
import numpy as np


def roc_auc(y_true, scores):
    order = np.argsort(-scores, kind="stable")
    y = y_true[order]
    tpr = np.r_[0, np.cumsum(y)] / y.sum()
    fpr = np.r_[0, np.cumsum(1 - y)] / (1 - y).sum()
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
