"""Building blocks of a network: layer norm, inverted dropout and one Adam step."""

import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    # Each example (row) is normalised over its own features, the last axis.
    mu = x.mean(axis=-1, keepdims=True)
    # Biased variance (divide by d, not d - 1), computed around the mean so a large
    # common offset does not cancel away the digits that matter.
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
    # eps sits inside the square root: a constant row gives 0 / sqrt(eps) = 0, then beta.
    return (x - mu) / np.sqrt(var + eps) * gamma + beta


def dropout(x, p, rng, training=True):
    if not training or p == 0:
        return x.copy()                       # evaluation: the identity, nothing to rescale
    keep = rng.random(x.shape) >= p           # each entry survives with probability 1 - p
    # Inverted dropout: scale the survivors by 1/(1-p) now so E[output] = x and
    # inference needs no correction.
    return np.where(keep, x / (1.0 - p), 0.0)


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    # Exponential moving averages of the gradient and of its square.
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad ** 2
    # Both averages start at 0 and are biased toward 0 early on; dividing by
    # 1 - beta^t undoes that (t counts steps from 1, so the first step divides by 1 - beta).
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    # The raw averages are the state carried to the next step, not the corrected ones.
    return param - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
