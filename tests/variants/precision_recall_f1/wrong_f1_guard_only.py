"""Wrong: guards precision and recall but not F1: precision + recall == 0 gives NaN."""
# expect: precision + recall == 0
import numpy as np


def precision_recall_f1(y_true, y_pred):
    tp = np.sum((y_true == 1) & (y_pred == 1))
    fp = np.sum((y_true == 0) & (y_pred == 1))
    fn = np.sum((y_true == 1) & (y_pred == 0))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    with np.errstate(all="ignore"):
        f1 = np.float64(2 * precision * recall) / np.float64(precision + recall)
    return float(precision), float(recall), float(f1)
