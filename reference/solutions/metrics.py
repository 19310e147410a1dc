"""Binary classification metrics: precision / recall / F1, ROC-AUC and PR-AUC (average precision)."""

import numpy as np


def _ratio(num, den):
    # The convention for an empty denominator (nothing predicted positive, no actual
    # positives, precision + recall == 0) is 0.0, as sklearn's zero_division=0.
    return float(num) / float(den) if den > 0 else 0.0


def precision_recall_f1(y_true, y_pred):
    actual, predicted = np.asarray(y_true) == 1, np.asarray(y_pred) == 1
    tp = int(np.sum(actual & predicted))
    fp = int(np.sum(~actual & predicted))   # predicted positive, actually negative
    fn = int(np.sum(actual & ~predicted))   # actually positive, predicted negative
    precision = _ratio(tp, tp + fp)         # of what we flagged, how much was right
    recall = _ratio(tp, tp + fn)            # of what was there, how much we found
    f1 = _ratio(2 * precision * recall, precision + recall)   # harmonic mean
    return precision, recall, f1


def _midranks(x):
    # 1-based ranks where each run of equal values shares the mean of the ranks it spans.
    _, inverse, counts = np.unique(x, return_inverse=True, return_counts=True)
    last = np.cumsum(counts)                 # rank of the last member of each tie group
    return (last - (counts - 1) / 2.0)[inverse.ravel()]


def roc_auc(y_true, scores):
    # Mann-Whitney: P(score of a random positive > score of a random negative), ties 1/2.
    # The positives' rank sum minus its smallest possible value counts the pairs they win.
    positive = np.asarray(y_true) == 1
    n_pos, n_neg = int(positive.sum()), int((~positive).sum())
    ranks = _midranks(np.asarray(scores, dtype=float))
    wins = ranks[positive].sum() - n_pos * (n_pos + 1) / 2.0
    return float(wins / (n_pos * n_neg))


def pr_auc(y_true, scores):
    # Average precision: one threshold per distinct score, from the highest down;
    # AP = sum_k (R_k - R_{k-1}) * P_k with R_0 = 0 (a step sum, no interpolation).
    positive = np.asarray(y_true) == 1
    scores = np.asarray(scores, dtype=float)
    order = np.argsort(-scores, kind="stable")
    s, hit = scores[order], positive[order]
    last_of_group = np.r_[s[1:] != s[:-1], True]   # tied scores enter together
    tp = np.cumsum(hit)[last_of_group]
    flagged = np.arange(1, len(s) + 1)[last_of_group]
    precision, recall = tp / flagged, tp / positive.sum()
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))
