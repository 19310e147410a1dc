"""Wrong: the nucleus stops before the token that makes the mass reach top_p."""
# expect: off by one
import numpy as np


def sample_token(logits, temperature=1.0, top_k=0, top_p=1.0, rng=None):
    logits = np.asarray(logits, dtype=float)
    if temperature == 0:
        return int(np.argmax(logits))
    z = logits / temperature
    if 0 < top_k < z.size:
        z = np.where(z >= np.sort(z)[-top_k], z, -np.inf)
    p = np.exp(z - z.max())
    p /= p.sum()
    if top_p < 1.0:
        order = np.argsort(-p)
        n_keep = max(1, int(np.searchsorted(np.cumsum(p[order]), top_p)))
        p[order[n_keep:]] = 0.0
        p /= p.sum()
    return int(rng.choice(p.size, p=p))
