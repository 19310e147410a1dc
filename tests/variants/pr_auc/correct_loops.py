"""Correct: a Python loop over the distinct scores from high to low, accumulating (R_k - R_{k-1}) * P_k."""


def pr_auc(y_true, scores):
    pairs = list(zip(scores.tolist(), y_true.tolist()))
    n_pos = sum(y for _, y in pairs)
    ap, prev_recall = 0.0, 0.0
    for t in sorted(set(s for s, _ in pairs), reverse=True):
        flagged = [y for s, y in pairs if s >= t]
        tp = sum(flagged)
        precision, recall = tp / len(flagged), tp / n_pos
        ap += (recall - prev_recall) * precision
        prev_recall = recall
    return ap
