"""Wrong: exponentiates the scaled logits without subtracting the max; a low temperature overflows."""
# expect: overflows float64
import numpy as np


def sampling_distribution(logits, temperature=1.0, top_k=0, top_p=1.0):
    logits = np.asarray(logits, dtype=float)
    if temperature == 0:
        return np.eye(logits.size)[np.argmax(logits)]
    z = logits / temperature
    if 0 < top_k < z.size:
        z = np.where(z < np.sort(z)[-top_k], -np.inf, z)
    probs = np.exp(z)
    probs /= probs.sum()
    if top_p < 1.0:
        order = np.argsort(-probs)
        cutoff = np.searchsorted(np.cumsum(probs[order]), top_p) + 1
        probs[order[cutoff:]] = 0.0
        probs /= probs.sum()
    return probs
