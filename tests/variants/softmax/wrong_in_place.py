"""Wrong: subtracts the max in place, changing the caller's array."""
# expect: modified its input `x` in place
import numpy as np


def softmax(x, axis=-1):
    x -= np.max(x, axis=axis, keepdims=True)
    np.exp(x, out=x)
    x /= x.sum(axis=axis, keepdims=True)
    return x
