"""Wrong: picks the nucleus from the softmax of the raw logits, before temperature is applied."""
# expect: before temperature scaling
import numpy as np


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def sampling_distribution(logits, temperature=1.0, top_k=0, top_p=1.0):
    logits = np.asarray(logits, dtype=float)
    if temperature == 0:
        return np.eye(logits.size)[np.argmax(logits)]
    z = logits.copy()
    if 0 < top_k < z.size:
        z = np.where(z < np.sort(z)[-top_k], -np.inf, z)
    if top_p < 1.0:
        raw = _softmax(z)
        order = np.argsort(-raw)
        cutoff = np.searchsorted(np.cumsum(raw[order]), top_p) + 1
        z[order[cutoff:]] = -np.inf
    return _softmax(z / temperature)
