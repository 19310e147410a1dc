"""Wrong: returns the probability vector instead of one drawn index."""
# expect: one int token index per call
import numpy as np


def sample_token(logits, temperature=1.0, top_k=0, top_p=1.0, rng=None):
    z = np.asarray(logits, dtype=float) / (temperature or 1.0)
    p = np.exp(z - z.max())
    return p / p.sum()
