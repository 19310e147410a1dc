"""Wrong: ignores eps, so a constant row is 0/0 = NaN."""
# expect: eps was left out
import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    return (x - mean) / x.std(axis=-1, keepdims=True) * gamma + beta
