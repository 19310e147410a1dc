"""Wrong: seeds with k distinct random points (no k-means++), which often leaves two centroids in one blob."""
# expect: a poor local minimum
import numpy as np


def kmeans(X, k, max_iter=100, tol=1e-4, seed=0):
    rng = np.random.default_rng(seed)
    C = X[rng.choice(len(X), size=k, replace=False)].astype(float)
    for _ in range(max_iter):
        labels = ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
        new = C.copy()
        for j in range(k):
            if np.any(labels == j):
                new[j] = X[labels == j].mean(axis=0)
        shift = np.abs(new - C).max()
        C = new
        if shift < tol:
            break
    return C, ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
