"""Correct: for each positive, the precision at the threshold equal to its score, averaged over positives."""
import numpy as np


def pr_auc(y_true, scores):
    pos_scores = scores[y_true == 1]
    total = 0.0
    for s in pos_scores:
        flagged = scores >= s            # its whole tie group is in
        total += y_true[flagged].sum() / flagged.sum()
    return float(total / len(pos_scores))
