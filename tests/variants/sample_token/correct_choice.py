"""Correct: build the filtered distribution, then rng.choice with p=."""
import numpy as np


def sample_token(logits, temperature=1.0, top_k=0, top_p=1.0, rng=None):
    rng = rng or np.random.default_rng()
    logits = np.asarray(logits, dtype=float)
    if temperature == 0:
        return int(np.argmax(logits))
    z = logits / temperature
    if top_k and top_k < z.size:
        z = np.where(z >= np.partition(z, -top_k)[-top_k], z, -np.inf)
    p = np.exp(z - z.max())
    p /= p.sum()
    if top_p < 1.0:
        order = np.argsort(-p)
        n_keep = np.searchsorted(np.cumsum(p[order]), top_p) + 1
        p[order[n_keep:]] = 0.0
        p /= p.sum()
    return int(rng.choice(p.size, p=p))
