"""Wrong: every centroid becomes the mean of its members, so an empty cluster's centroid is NaN."""
# expect: without a point
import numpy as np


def kmeans(X, k, max_iter=100, tol=1e-4, seed=0):
    rng = np.random.default_rng(seed)
    n = len(X)
    chosen = [int(rng.integers(n))]
    for _ in range(k - 1):
        d2 = ((X[:, None] - X[chosen][None]) ** 2).sum(-1).min(1)
        chosen.append(int(rng.choice(n, p=d2 / d2.sum())) if d2.sum() > 0 else int(rng.integers(n)))
    C = X[chosen].astype(float)
    for _ in range(max_iter):
        labels = ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
        with np.errstate(all="ignore"):
            new = np.array([X[labels == j].mean(axis=0) for j in range(k)])
        done = np.allclose(new, C, atol=tol)
        C = new
        if done:
            break
    return C, ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
