"""Correct: loops over every row (all leading axes), two-pass mean and variance in plain Python."""
import math

import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    out = np.empty(x.shape, dtype=float)
    d = x.shape[-1]
    for index in np.ndindex(x.shape[:-1]):
        row = x[index]
        mu = sum(row) / d
        var = sum((v - mu) ** 2 for v in row) / d
        inv = 1.0 / math.sqrt(var + eps)
        out[index] = [(row[j] - mu) * inv * gamma[j] + beta[j] for j in range(d)]
    return out
