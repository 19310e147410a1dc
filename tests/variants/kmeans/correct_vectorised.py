"""Correct: expanded squared distances (clipped at 0), inverse-CDF k-means++ seeding, empty clusters
re-seeded at the point farthest from its centroid, and a final assignment."""
import numpy as np


def _d2(X, C):
    d2 = (X ** 2).sum(1)[:, None] - 2 * X @ C.T + (C ** 2).sum(1)[None, :]
    return np.maximum(d2, 0.0)


def kmeans(X, k, max_iter=100, tol=1e-4, seed=0):
    rng = np.random.default_rng(seed)
    X = np.asarray(X, dtype=float)
    n = len(X)
    C = np.empty((k, X.shape[1]))
    C[0] = X[rng.integers(n)]
    closest = _d2(X, C[:1])[:, 0]
    for j in range(1, k):
        total = closest.sum()
        if total > 0:
            i = int(np.searchsorted(np.cumsum(closest), rng.random() * total, side="right"))
            i = min(i, n - 1)
        else:
            i = int(rng.integers(n))
        C[j] = X[i]
        closest = np.minimum(closest, _d2(X, C[j:j + 1])[:, 0])
    for _ in range(max_iter):
        D = _d2(X, C)
        labels = D.argmin(1)
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(C)
        np.add.at(sums, labels, X)
        new = C.copy()
        filled = counts > 0
        new[filled] = sums[filled] / counts[filled, None]
        for j in np.flatnonzero(~filled):
            far = int(D[np.arange(n), labels].argmax())
            new[j] = X[far]
        moved = np.linalg.norm(new - C, axis=1).max()
        C = new
        if moved < tol:
            break
    return C, _d2(X, C).argmin(1)
