"""Decoding an LLM's next token: temperature, top-k and top-p (nucleus) sampling."""

import numpy as np


def _softmax(z):
    # Max-shifted so a low temperature (huge z) cannot overflow; -inf entries become exactly 0.
    e = np.exp(z - np.max(z))
    return e / e.sum()


def sampling_distribution(logits, temperature=1.0, top_k=0, top_p=1.0):
    logits = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        # The limit T -> 0 of softmax(z / T): all the mass on the best token (greedy decoding).
        probs = np.zeros_like(logits)
        probs[np.argmax(logits)] = 1.0
        return probs

    # Temperature divides the logits, before the softmax: T < 1 sharpens, T > 1 flattens.
    z = logits / temperature

    if 0 < top_k < z.size:
        # Keep every token whose logit reaches the k-th largest one, so ties at the k-th value survive.
        kth = np.sort(z)[-top_k]
        z = np.where(z >= kth, z, -np.inf)

    # Softmax over the survivors only: top-p below measures mass in this renormalised distribution.
    probs = _softmax(z)

    if top_p < 1.0:
        order = np.argsort(-probs, kind="stable")
        mass = np.cumsum(probs[order])
        # Tokens strictly before the crossing point, plus the one whose mass makes the total reach top_p.
        n_keep = int(np.sum(mass < top_p)) + 1
        keep = np.zeros(probs.shape, dtype=bool)
        keep[order[:n_keep]] = True
        probs = np.where(keep, probs, 0.0)
        probs = probs / probs.sum()
    return probs


def sample_token(logits, temperature=1.0, top_k=0, top_p=1.0, rng=None):
    rng = np.random.default_rng() if rng is None else rng
    probs = sampling_distribution(logits, temperature, top_k, top_p)
    # Inverse-CDF draw: one uniform number, the first token whose cumulative mass exceeds it.
    # Filtered tokens have zero mass, so they own an empty interval and can never come out.
    u = rng.random()
    index = int(np.searchsorted(np.cumsum(probs), u, side="right"))
    # Rounding can leave the total a hair below 1; fall back to the last token that has mass.
    return min(index, int(np.flatnonzero(probs)[-1]))
