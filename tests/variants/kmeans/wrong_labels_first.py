"""Wrong: returns (labels, centroids), the order some blog posts use, instead of (centroids, labels)."""
# expect: return (centroids, labels)
import numpy as np


def kmeans(X, k, max_iter=100, tol=1e-4, seed=0):
    rng = np.random.default_rng(seed)
    n = len(X)
    C = [X[rng.integers(n)]]
    for _ in range(1, k):
        d2 = np.min([((X - c) ** 2).sum(1) for c in C], axis=0)
        C.append(X[rng.choice(n, p=d2 / d2.sum())] if d2.sum() > 0 else X[rng.integers(n)])
    C = np.array(C, dtype=float)
    for _ in range(max_iter):
        labels = ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
        new = np.array([X[labels == j].mean(0) if np.any(labels == j) else C[j] for j in range(k)])
        shift = np.sqrt(((new - C) ** 2).sum(1)).max()
        C = new
        if shift < tol:
            break
    return ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1), C
