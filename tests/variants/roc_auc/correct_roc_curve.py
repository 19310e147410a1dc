"""Correct: build the ROC curve with one point per distinct score and take the trapezoid area."""
import numpy as np


def roc_auc(y_true, scores):
    order = np.argsort(-scores, kind="mergesort")
    s, y = scores[order], y_true[order]
    distinct = np.where(np.diff(s) != 0)[0]
    ends = np.r_[distinct, len(s) - 1]
    tps = np.cumsum(y)[ends]
    fps = (ends + 1) - tps
    tpr = np.r_[0, tps] / tps[-1]
    fpr = np.r_[0, fps] / fps[-1]
    # Trapezoids: a tied group moves diagonally, which is exactly the 1/2 for ties.
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
