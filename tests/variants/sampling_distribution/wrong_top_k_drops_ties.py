"""Wrong: top-k keeps exactly the first k indices of an argsort, dropping tokens tied at the k-th value."""
# expect: top-k kept exactly k tokens
import numpy as np


def sampling_distribution(logits, temperature=1.0, top_k=0, top_p=1.0):
    logits = np.asarray(logits, dtype=float)
    if temperature == 0:
        return np.eye(logits.size)[np.argmax(logits)]
    z = logits / temperature
    if 0 < top_k < z.size:
        keep = np.argsort(z)[-top_k:]
        masked = np.full_like(z, -np.inf)
        masked[keep] = z[keep]
        z = masked
    probs = np.exp(z - z.max())
    probs /= probs.sum()
    if top_p < 1.0:
        order = np.argsort(-probs)
        cutoff = np.searchsorted(np.cumsum(probs[order]), top_p) + 1
        probs[order[cutoff:]] = 0.0
        probs /= probs.sum()
    return probs
