"""Wrong (numerically): variance as E[x^2] - E[x]^2, which cancels catastrophically for offset rows."""
# expect: every output row must have mean 0 and variance
import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = (x * x).mean(axis=-1, keepdims=True) - mean ** 2
    return (x - mean) / np.sqrt(var + eps) * gamma + beta
