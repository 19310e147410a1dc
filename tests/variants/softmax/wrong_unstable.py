"""Wrong: no max subtraction, so large logits overflow to inf/inf = nan."""
# expect: overflows float64
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)
