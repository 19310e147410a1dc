"""Wrong: one mean and variance for the whole array instead of per row."""
# expect: whole array
import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    return (x - x.mean()) / np.sqrt(x.var() + eps) * gamma + beta
