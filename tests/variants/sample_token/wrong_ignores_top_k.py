"""Wrong: forgets top-k entirely, so filtered tokens can be drawn."""
# expect: it is filtered out
import numpy as np


def sample_token(logits, temperature=1.0, top_k=0, top_p=1.0, rng=None):
    logits = np.asarray(logits, dtype=float)
    if temperature == 0:
        return int(np.argmax(logits))
    z = logits / temperature
    p = np.exp(z - z.max())
    p /= p.sum()
    if top_p < 1.0:
        order = np.argsort(-p)
        p[order[np.searchsorted(np.cumsum(p[order]), top_p) + 1:]] = 0.0
        p /= p.sum()
    return int(rng.choice(p.size, p=p))
