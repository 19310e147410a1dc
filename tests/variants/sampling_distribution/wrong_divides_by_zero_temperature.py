"""Wrong: no greedy branch, so temperature 0 divides the logits by zero."""
# expect: one-hot vector on the argmax
import numpy as np


def sampling_distribution(logits, temperature=1.0, top_k=0, top_p=1.0):
    with np.errstate(all="ignore"):
        z = np.asarray(logits, dtype=float) / temperature
        if 0 < top_k < z.size:
            z = np.where(z < np.sort(z)[-top_k], -np.inf, z)
        probs = np.exp(z - z.max())
        probs /= probs.sum()
        if top_p < 1.0:
            order = np.argsort(-probs)
            cutoff = np.searchsorted(np.cumsum(probs[order]), top_p) + 1
            probs[order[cutoff:]] = 0.0
            probs /= probs.sum()
    return probs
