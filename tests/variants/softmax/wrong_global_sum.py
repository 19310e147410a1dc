"""Wrong: normalises over the whole array instead of along the axis."""
# expect: do not sum to 1
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x))
    return e / e.sum()
