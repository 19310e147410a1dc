"""Correct: average ranks computed with a Python loop over runs of equal sorted scores."""
import numpy as np


def roc_auc(y_true, scores):
    n = len(scores)
    order = sorted(range(n), key=lambda i: scores[i])
    ranks = [0.0] * n
    i = 0
    while i < n:
        j = i
        while j + 1 < n and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for m in range(i, j + 1):
            ranks[order[m]] = (i + j) / 2 + 1   # average of ranks i+1 .. j+1
        i = j + 1
    n_pos = int(sum(y_true))
    n_neg = n - n_pos
    rank_sum = sum(r for r, y in zip(ranks, y_true) if y == 1)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
