"""Wrong: rank formula with argsort ranks, so tied scores get distinct ranks by position."""
# expect: between counting every tie as 0
import numpy as np


def roc_auc(y_true, scores):
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores, kind="stable")] = np.arange(1, len(scores) + 1)
    n_pos = y_true.sum()
    n_neg = len(y_true) - n_pos
    return float((ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
