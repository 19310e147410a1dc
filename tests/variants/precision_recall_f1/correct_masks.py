"""Correct: boolean masks for the confusion counts, F1 from the counts as 2TP / (2TP + FP + FN)."""
import numpy as np


def precision_recall_f1(y_true, y_pred):
    t, p = y_true.astype(bool), y_pred.astype(bool)
    tp = np.count_nonzero(t & p)
    fp = np.count_nonzero(~t & p)
    fn = np.count_nonzero(t & ~p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return float(precision), float(recall), float(f1)
