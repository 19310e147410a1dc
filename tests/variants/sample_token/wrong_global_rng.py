"""Wrong: ignores `rng` and samples with the global np.random state, so a seed does not reproduce."""
# expect: besides the rng you were given
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
        p[order[np.searchsorted(np.cumsum(p[order]), top_p) + 1:]] = 0.0
        p /= p.sum()
    return int(np.random.choice(p.size, p=p))
