"""Wrong: shifts by gamma and scales by beta."""
# expect: gamma and beta are swapped
import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    xhat = (x - x.mean(axis=-1, keepdims=True)) / np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    return xhat * beta + gamma
