"""Wrong: normalises each feature across the batch (axis 0), i.e. batch norm."""
# expect: normalised over axis 0
import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=0, keepdims=True)
    var = x.var(axis=0, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta
