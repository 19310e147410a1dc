"""Wrong: trapezoid interpolation between PR points, starting at (recall 0, precision 1)."""
# expect: trapezoid
import numpy as np


def pr_auc(y_true, scores):
    precision, recall = [1.0], [0.0]
    for t in np.unique(scores)[::-1]:
        flagged = scores >= t
        tp = y_true[flagged].sum()
        precision.append(tp / flagged.sum())
        recall.append(tp / y_true.sum())
    return float(np.trapz(precision, recall) if hasattr(np, "trapz") else np.trapezoid(precision, recall))
