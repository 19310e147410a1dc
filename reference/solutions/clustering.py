"""k-means (Lloyd's algorithm with k-means++ seeding) and k-nearest-neighbour classification."""

import numpy as np


def _sq_dists(X, C):
    # (n, k) squared Euclidean distances; the difference form cannot go negative, unlike |x|^2 - 2x.c + |c|^2.
    return ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=-1)


def _kmeans_pp(X, k, rng):
    n = X.shape[0]
    centroids = [X[rng.integers(n)]]
    d2 = _sq_dists(X, centroids[0][None])[:, 0]  # squared distance to the nearest centroid so far
    for _ in range(1, k):
        total = d2.sum()
        # Sample proportionally to D^2, so far-away points are likely seeds. Duplicate points can
        # leave every distance at 0 (k > number of distinct points): then any point will do.
        i = rng.choice(n, p=d2 / total) if total > 0 else rng.integers(n)
        centroids.append(X[i])
        d2 = np.minimum(d2, ((X - X[i]) ** 2).sum(axis=1))
    return np.array(centroids, dtype=np.float64)


def kmeans(X, k, max_iter=100, tol=1e-4, seed=0):
    X = np.asarray(X, dtype=np.float64)
    rng = np.random.default_rng(seed)
    centroids = _kmeans_pp(X, k, rng)
    for _ in range(max_iter):
        labels = _sq_dists(X, centroids).argmin(axis=1)
        new = centroids.copy()
        for j in range(k):
            members = X[labels == j]
            # An empty cluster keeps its previous centroid: the mean of no points would be NaN.
            if len(members):
                new[j] = members.mean(axis=0)
        shift = np.sqrt(((new - centroids) ** 2).sum(axis=1)).max()
        centroids = new
        if shift < tol:
            break
    # Assign once more so every label names the nearest of the centroids actually returned.
    labels = _sq_dists(X, centroids).argmin(axis=1)
    return centroids, labels


def knn_predict(X_train, y_train, X_test, k=5):
    X_train, X_test, y_train = np.asarray(X_train), np.asarray(X_test), np.asarray(y_train)
    # Squared distances rank neighbours exactly like Euclidean ones, without the square root.
    d2 = _sq_dists(X_test, X_train)
    nearest = np.argsort(d2, axis=1, kind="stable")[:, :k]  # (m, k), closest first
    preds = []
    for row in nearest:
        votes = y_train[row]
        labels, counts = np.unique(votes, return_counts=True)
        tied = set(labels[counts == counts.max()].tolist())
        # Walking the neighbours closest first, the first tied label met owns the closest member.
        preds.append(next(v for v in votes if v in tied))
    return np.array(preds, dtype=y_train.dtype)
