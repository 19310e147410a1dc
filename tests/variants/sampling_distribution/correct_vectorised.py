"""Correct: np.partition for the k-th logit, log-sum-exp softmax, searchsorted for the nucleus."""
import numpy as np


def sampling_distribution(logits, temperature=1.0, top_k=0, top_p=1.0):
    logits = np.asarray(logits, dtype=float)
    if temperature == 0:
        return np.eye(logits.size)[np.argmax(logits)]
    z = logits / temperature
    if top_k and top_k < z.size:
        kth = np.partition(z, -top_k)[-top_k]
        z = np.where(z < kth, -np.inf, z)
    m = z.max()
    log_probs = z - (m + np.log(np.exp(z - m).sum()))
    probs = np.exp(log_probs)
    if top_p < 1.0:
        order = np.argsort(probs)[::-1]
        cumulative = np.cumsum(probs[order])
        cutoff = np.searchsorted(cumulative, top_p) + 1   # first index reaching top_p, included
        mask = np.zeros_like(probs)
        mask[order[:cutoff]] = 1.0
        probs = probs * mask
        probs /= probs.sum()
    return probs
