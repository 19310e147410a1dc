"""Correct: the Gumbel-max trick, argmax(log p + Gumbel noise), over the tokens that survive filtering."""
import numpy as np


def sample_token(logits, temperature=1.0, top_k=0, top_p=1.0, rng=None):
    rng = np.random.default_rng() if rng is None else rng
    z = np.array(logits, dtype=float)
    if temperature == 0:
        return int(np.argmax(z))
    z = z / temperature
    if 0 < top_k < z.size:
        z[z < np.sort(z)[-top_k]] = -np.inf
    log_p = z - z.max()
    log_p -= np.log(np.exp(log_p).sum())
    if top_p < 1.0:
        order = np.argsort(-log_p)
        mass = np.cumsum(np.exp(log_p[order]))
        drop = order[int((mass < top_p).sum()) + 1:]
        log_p[drop] = -np.inf
    noise = rng.gumbel(size=z.size)
    return int(np.argmax(log_p + noise))
