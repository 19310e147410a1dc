"""Wrong: top-k keeps exactly k indices from argsort, so one of the tokens tied at the k-th value is lost."""
# expect: top-k kept exactly k tokens
import numpy as np


def sample_token(logits, temperature=1.0, top_k=0, top_p=1.0, rng=None):
    logits = np.asarray(logits, dtype=float)
    if temperature == 0:
        return int(np.argmax(logits))
    z = logits / temperature
    if 0 < top_k < z.size:
        masked = np.full_like(z, -np.inf)
        best = np.argsort(z)[-top_k:]
        masked[best] = z[best]
        z = masked
    p = np.exp(z - z.max())
    p /= p.sum()
    if top_p < 1.0:
        order = np.argsort(-p)
        p[order[np.searchsorted(np.cumsum(p[order]), top_p) + 1:]] = 0.0
        p /= p.sum()
    return int(rng.choice(p.size, p=p))
