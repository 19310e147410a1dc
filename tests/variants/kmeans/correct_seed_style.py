"""Correct: the textbook loop: k-means++ by index list, empty clusters re-seeded at a random data point,
labels kept from the last assignment step."""
import numpy as np


def kmeans(X, k, max_iter=100, tol=1e-4, seed=0):
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    idx = [rng.integers(n)]
    for _ in range(k - 1):
        dists = np.min([np.sum((X - X[i]) ** 2, axis=1) for i in idx], axis=0)
        if dists.sum() == 0:
            idx.append(rng.integers(n))
        else:
            idx.append(rng.choice(n, p=dists / dists.sum()))
    centroids = X[idx].astype(float)
    labels = np.zeros(n, dtype=int)
    for _ in range(max_iter):
        labels = np.linalg.norm(X[:, None] - centroids, axis=2).argmin(axis=1)
        new_centroids = np.zeros_like(centroids)
        for j in range(k):
            members = X[labels == j]
            new_centroids[j] = members.mean(axis=0) if len(members) else X[rng.integers(n)]
        shift = np.linalg.norm(new_centroids - centroids)
        centroids = new_centroids
        if shift < tol:
            break
    return centroids, labels
