"""Wrong: applies top-p to the full distribution first, then top-k."""
# expect: before top-k removed any
import numpy as np


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def sampling_distribution(logits, temperature=1.0, top_k=0, top_p=1.0):
    logits = np.asarray(logits, dtype=float)
    if temperature == 0:
        return np.eye(logits.size)[np.argmax(logits)]
    z = logits / temperature
    if top_p < 1.0:
        probs = _softmax(z)
        order = np.argsort(-probs)
        cutoff = np.searchsorted(np.cumsum(probs[order]), top_p) + 1
        z[order[cutoff:]] = -np.inf
    if 0 < top_k < z.size:
        z = np.where(z < np.sort(z)[-top_k], -np.inf, z)
    return _softmax(z)
