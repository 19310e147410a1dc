"""Correct: works on copies in place, folds both bias corrections into one step size."""
import math

import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    new_m = np.array(m, dtype=float)
    new_v = np.array(v, dtype=float)
    new_m *= beta1
    new_m += (1 - beta1) * grad
    new_v *= beta2
    new_v += (1 - beta2) * np.square(grad)
    c1 = 1 - beta1 ** t
    c2 = 1 - beta2 ** t
    # m_hat / (sqrt(v_hat) + eps) rewritten with the corrections pulled out of the arrays.
    step = (lr / c1) * new_m / (np.sqrt(new_v) / math.sqrt(c2) + eps)
    return param - step, new_m, new_v
