"""Correct: explicit loops and one uniform draw walked along the cumulative distribution."""
import math

import numpy as np


def sample_token(logits, temperature=1.0, top_k=0, top_p=1.0, rng=None):
    rng = rng if rng is not None else np.random.default_rng()
    values = [float(v) for v in logits]
    if temperature == 0:
        return max(range(len(values)), key=values.__getitem__)
    scaled = [v / temperature for v in values]
    cutoff = sorted(scaled, reverse=True)[top_k - 1] if 0 < top_k < len(scaled) else -math.inf
    top = max(scaled)
    weights = [math.exp(s - top) if s >= cutoff else 0.0 for s in scaled]
    total = sum(weights)
    probs = [w / total for w in weights]
    if top_p < 1.0:
        kept, mass = [], 0.0
        for i in sorted(range(len(probs)), key=lambda i: -probs[i]):
            kept.append(i)
            mass += probs[i]
            if mass >= top_p:
                break
        probs = [p if i in kept else 0.0 for i, p in enumerate(probs)]
        total = sum(probs)
        probs = [p / total for p in probs]
    u = rng.random()
    running = 0.0
    last = 0
    for i, p in enumerate(probs):
        if p == 0.0:
            continue
        running += p
        last = i
        if u < running:
            return i
    return last
