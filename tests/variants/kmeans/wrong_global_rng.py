"""Wrong: seeds with np.random global state, ignoring `seed`, so two identical calls disagree."""
# expect: depends on something besides seed
import numpy as np


def kmeans(X, k, max_iter=100, tol=1e-4, seed=0):
    n = len(X)
    C = [X[np.random.randint(n)]]
    for _ in range(1, k):
        d2 = np.min([((X - c) ** 2).sum(1) for c in C], axis=0)
        C.append(X[np.random.choice(n, p=d2 / d2.sum())] if d2.sum() > 0 else X[np.random.randint(n)])
    C = np.array(C, dtype=float)
    for _ in range(max_iter):
        labels = ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
        new = np.array([X[labels == j].mean(0) if np.any(labels == j) else C[j] for j in range(k)])
        shift = np.sqrt(((new - C) ** 2).sum(1)).max()
        C = new
        if shift < tol:
            break
    return C, ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
