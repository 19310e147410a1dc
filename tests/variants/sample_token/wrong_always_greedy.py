"""Wrong: always returns the argmax, whatever the temperature: greedy decoding is not sampling."""
# expect: very unlikely
import numpy as np


def sample_token(logits, temperature=1.0, top_k=0, top_p=1.0, rng=None):
    return int(np.argmax(logits))
