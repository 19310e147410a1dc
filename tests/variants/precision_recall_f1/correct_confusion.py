"""Correct: a 2x2 confusion matrix from np.bincount, NumPy division under errstate, nan_to_num, NumPy scalars returned."""
import numpy as np


def precision_recall_f1(y_true, y_pred):
    cm = np.bincount(2 * y_true + y_pred, minlength=4).reshape(2, 2)   # rows truth, columns prediction
    tp, fp, fn = cm[1, 1], cm[0, 1], cm[1, 0]
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.nan_to_num(tp / (tp + fp))
        recall = np.nan_to_num(tp / (tp + fn))
        f1 = np.nan_to_num(2 * precision * recall / (precision + recall))
    return precision, recall, f1   # NumPy float64 scalars are fine
