"""Correct: loops over the leading dims and over each query, a hand-written stable softmax."""
import math

import numpy as np


def attention(Q, K, V, mask=None):
    lead = np.broadcast_shapes(Q.shape[:-2], K.shape[:-2], V.shape[:-2])
    seq_q, seq_k = Q.shape[-2], K.shape[-2]
    if mask is not None:
        full = np.broadcast_shapes(lead + (seq_q, seq_k), np.shape(mask))
        mask = np.broadcast_to(mask, full)
    out = np.zeros(lead + (seq_q, V.shape[-1]))
    for index in np.ndindex(*lead):
        q = np.broadcast_to(Q, lead + Q.shape[-2:])[index]
        k = np.broadcast_to(K, lead + K.shape[-2:])[index]
        v = np.broadcast_to(V, lead + V.shape[-2:])[index]
        for i in range(seq_q):
            scores = []
            for j in range(seq_k):
                allowed = True if mask is None else bool(mask[index + (i, j)])
                s = float(np.dot(q[i], k[j])) / math.sqrt(q.shape[-1])
                scores.append(s if allowed else -math.inf)
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            out[index + (i,)] = sum((e / total) * v[j] for j, e in enumerate(exps))
    return out
