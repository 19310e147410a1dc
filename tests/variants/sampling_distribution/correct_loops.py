"""Correct: plain Python loops over a sorted list of (probability, index) pairs."""
import math

import numpy as np


def sampling_distribution(logits, temperature=1.0, top_k=0, top_p=1.0):
    values = [float(v) for v in logits]
    n = len(values)
    if temperature == 0:
        best = max(range(n), key=lambda i: values[i])
        return np.array([1.0 if i == best else 0.0 for i in range(n)])
    scaled = [v / temperature for v in values]
    alive = [True] * n
    if 0 < top_k < n:
        kth = sorted(scaled, reverse=True)[top_k - 1]
        alive = [s >= kth for s in scaled]
    top = max(s for s, a in zip(scaled, alive) if a)
    weights = [math.exp(s - top) if a and s != -math.inf else 0.0 for s, a in zip(scaled, alive)]
    total = sum(weights)
    probs = [w / total for w in weights]
    if top_p < 1.0:
        ranked = sorted(range(n), key=lambda i: -probs[i])
        kept, mass = set(), 0.0
        for i in ranked:
            kept.add(i)
            mass += probs[i]
            if mass >= top_p:
                break
        probs = [p if i in kept else 0.0 for i, p in enumerate(probs)]
        total = sum(probs)
        probs = [p / total for p in probs]
    return np.array(probs)
