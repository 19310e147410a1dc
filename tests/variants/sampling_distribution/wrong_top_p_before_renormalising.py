"""Wrong: softmax over every token, top-k zeroes the rest without renormalising, and top-p measures that mass."""
# expect: probabilities that do not sum to 1
import numpy as np


def sampling_distribution(logits, temperature=1.0, top_k=0, top_p=1.0):
    logits = np.asarray(logits, dtype=float)
    if temperature == 0:
        return np.eye(logits.size)[np.argmax(logits)]
    z = logits / temperature
    probs = np.exp(z - z.max())
    probs /= probs.sum()
    if 0 < top_k < z.size:
        probs[z < np.sort(z)[-top_k]] = 0.0
    if top_p < 1.0:
        order = np.argsort(-probs)
        cutoff = np.searchsorted(np.cumsum(probs[order]), top_p) + 1
        probs[order[cutoff:]] = 0.0
    return probs / probs.sum()
