"""Wrong: scales the probabilities by 1/temperature after the softmax; renormalising undoes it."""
# expect: temperature had no effect
import numpy as np


def sample_token(logits, temperature=1.0, top_k=0, top_p=1.0, rng=None):
    z = np.asarray(logits, dtype=float)
    if temperature == 0:
        return int(np.argmax(z))
    if 0 < top_k < z.size:
        z = np.where(z >= np.sort(z)[-top_k], z, -np.inf)
    p = np.exp(z - z.max())
    p /= p.sum()
    p = p / temperature
    p /= p.sum()
    if top_p < 1.0:
        order = np.argsort(-p)
        p[order[np.searchsorted(np.cumsum(p[order]), top_p) + 1:]] = 0.0
        p /= p.sum()
    return int(rng.choice(p.size, p=p))
