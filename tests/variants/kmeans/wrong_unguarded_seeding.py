"""Wrong: k-means++ divides by the total D^2 even when it is 0 (more clusters than distinct points)."""
# expect: Probabilities contain NaN
import numpy as np


def kmeans(X, k, max_iter=100, tol=1e-4, seed=0):
    rng = np.random.default_rng(seed)
    n = len(X)
    C = [X[rng.integers(n)]]
    for _ in range(1, k):
        d2 = np.min([((X - c) ** 2).sum(1) for c in C], axis=0)
        with np.errstate(all="ignore"):
            C.append(X[rng.choice(n, p=d2 / d2.sum())])
    C = np.array(C, dtype=float)
    for _ in range(max_iter):
        labels = ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
        new = np.array([X[labels == j].mean(0) if np.any(labels == j) else C[j] for j in range(k)])
        shift = np.sqrt(((new - C) ** 2).sum(1)).max()
        C = new
        if shift < tol:
            break
    return C, ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
