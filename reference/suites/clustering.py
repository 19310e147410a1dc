"""kmeans and knn_predict.

k-means is judged by properties, never by equality with the reference's random choices:
the shapes, no NaN (also when a cluster empties), every label the nearest returned
centroid, every non-empty cluster's centroid the mean of its members, and, on well
separated blobs, a WCSS within 1% of the best of several reference runs. The blobs are
separated so much that k-means++ seeding lands one centroid per blob with probability
above 1 - 1e-9 (a union bound over the seeding steps is checked when the case is built),
so a correct k-means++ never fails them, while a uniformly random seeding usually does.

knn_predict is judged exactly; a wrong answer is compared with the classic mistakes
(ties to the smallest label, Manhattan distance, summed-distance tie-break, k off by one).
"""

from __future__ import annotations

import numpy as np

from reference.cases import case, explain
from reference.checks import array_mismatch, as_array, number, preview, sequence_of
from reference.exercise import Call, Case, Exercise
from reference.solutions.clustering import kmeans, knn_predict

FAIL_BOUND = 1e-9  # k-means++ may put two seeds in one blob with at most this probability per case
REFERENCE_RUNS = 4

# ---------------------------------------------------------------------------------------------
# kmeans


def _sq_dists(X: np.ndarray, C: np.ndarray) -> np.ndarray:
    return ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=-1)


def wcss(X: np.ndarray, centroids: np.ndarray, labels: np.ndarray) -> float:
    return float(((X - centroids[labels]) ** 2).sum())


def _result(got, X: np.ndarray, k: int) -> tuple[np.ndarray | None, np.ndarray | None, str | None]:
    """Centroids and labels in the promised form, or what is wrong with the form."""
    n, d = X.shape
    problem = sequence_of(got, 2, "kmeans(...)")
    if problem:
        return None, None, problem + " (return centroids, labels)"
    C, problem = as_array(got[0], "centroids")
    labels, problem2 = as_array(got[1], "labels")
    if problem or problem2:
        return None, None, problem or problem2
    if C.shape == (n,) and labels.shape == (k, d):
        return None, None, (f"got shapes {C.shape} and {labels.shape}: that is (labels, centroids); return "
                            f"(centroids, labels), centroids of shape ({k}, {d}) first")
    if C.shape != (k, d):
        return None, None, f"centroids shape: expected ({k}, {d}), got {C.shape}"
    if labels.shape != (n,):
        return None, None, f"labels shape: expected ({n},), got {labels.shape}"
    if labels.dtype.kind not in "iu":
        return None, None, f"labels must be an integer array (cluster indices), got {labels.dtype}: {preview(labels)}"
    C = C.astype(np.float64)
    bad = np.flatnonzero(~np.isfinite(C).all(axis=1))
    if bad.size:
        j = int(bad[0])
        distinct = len(np.unique(X, axis=0))
        return None, None, explain(
            f"centroid {j} is not finite: {preview(C[j])}; got centroids {preview(C)}",
            f"there {'is' if distinct == 1 else 'are'} only {distinct} distinct point{'' if distinct == 1 else 's'} "
            f"for k = {k} clusters, so every assignment leaves at least "
            f"{k - distinct} cluster{'s' if k - distinct > 1 else ''} without a point" if distinct < k else None)
    if labels.min() < 0 or labels.max() >= k:
        return None, None, (f"labels must be cluster indices in 0..{k - 1}; got values from {labels.min()} to "
                            f"{labels.max()}")
    return C, labels.astype(np.int64), None


def _nearest_problem(X: np.ndarray, C: np.ndarray, labels: np.ndarray) -> str | None:
    d2 = _sq_dists(X, C)
    own = d2[np.arange(len(X)), labels]
    best = d2.min(axis=1)
    wrong = np.flatnonzero(own > best * (1 + 1e-9) + 1e-12)
    if wrong.size == 0:
        return None
    i = int(wrong[0])
    j = int(np.argmin(d2[i]))
    return (f"labels[{i}] is {int(labels[i])}, but centroid {j} is closer to X[{i}] (distance "
            f"{number(float(np.sqrt(d2[i, j])))} vs {number(float(np.sqrt(own[i])))}); {wrong.size} of {len(X)} "
            f"labels are not the nearest centroid")


def _means_problem(X: np.ndarray, C: np.ndarray, labels: np.ndarray, tol: float) -> str | None:
    scale = 1.0 + float(np.abs(X).max(initial=0.0))
    for j in range(len(C)):
        members = X[labels == j]
        if len(members) == 0:
            continue
        mean = members.mean(axis=0)
        gap = float(np.sqrt(((C[j] - mean) ** 2).sum()))
        if gap > tol + 1e-9 * scale:
            return (f"centroid {j} is {preview(C[j])}, but the mean of its {len(members)} members is "
                    f"{preview(mean)} (distance {number(gap)})")
    return None


def kmeans_check(X: np.ndarray, k: int, tol: float = 1e-4, *, best_wcss: float | None = None,
                 zero_wcss: bool = False, exact: tuple[np.ndarray, np.ndarray] | None = None,
                 blob: np.ndarray | None = None):
    """`blob`: which well separated blob each point belongs to, for naming a poor local minimum."""
    def check(got):
        C, labels, problem = _result(got, X, k)
        if problem:
            return problem
        problem = _nearest_problem(X, C, labels) or _means_problem(X, C, labels, tol)
        if problem:
            return problem
        if exact is not None:
            problem = array_mismatch(C, exact[0], name="centroids", kind=False) or \
                array_mismatch(labels, exact[1], name="labels", kind=False)
            if problem:
                return problem
        score = wcss(X, C, labels)
        if zero_wcss and score > 1e-12:
            return explain(f"WCSS is {number(score)}, expected 0: there are no more distinct points than clusters, "
                           f"so k-means++ seeds a centroid on every distinct point", _shared_cluster(X, labels))
        if best_wcss is not None and score > 1.01 * best_wcss + 1e-12:
            sizes = np.bincount(labels, minlength=k).tolist()
            above = (f"{100 * (score / best_wcss - 1):.3g}% above" if score < 10 * best_wcss
                     else f"{score / best_wcss:.3g} times")
            return explain(f"WCSS {number(score)} is {above} the best reference run's {number(best_wcss)} on well "
                           f"separated blobs (the limit is 1% above it); cluster sizes {sizes}",
                           _poor_minimum(labels, blob) if blob is not None else None)
        return None

    return check


def _shared_cluster(X: np.ndarray, labels: np.ndarray) -> str | None:
    """A cluster holding several distinct points, while there are centroids enough for one each."""
    for j in np.unique(labels):
        distinct = np.unique(X[labels == j], axis=0)
        if len(distinct) > 1:
            return (f"cluster {int(j)} holds {len(distinct)} distinct points, though there are enough centroids "
                    f"for one per distinct point")
    return None


def _poor_minimum(labels: np.ndarray, blob: np.ndarray) -> str | None:
    """A cluster spanning several far-apart blobs, and a blob split over several clusters."""
    spanning = next((int(j) for j in np.unique(labels) if len(np.unique(blob[labels == j])) > 1), None)
    split = next((int(b) for b in np.unique(blob) if len(np.unique(labels[blob == b])) > 1), None)
    if spanning is None:
        return None
    text = (f"a poor local minimum: cluster {spanning} holds points of {len(np.unique(blob[labels == spanning]))} "
            f"blobs that lie far apart")
    if split is not None:
        text += f", while blob {split} is split over {len(np.unique(labels[blob == split]))} clusters"
    return text


def _seeding_failure_bound(X: np.ndarray, blob: np.ndarray) -> float:
    """An upper bound on P(k-means++ seeds two centroids in one blob), by a union bound over steps.

    With t blobs covered, a covered blob b contributes at most W_b = max_c sum_{x in b} |x - c|^2
    to the D^2 mass, an uncovered blob at least G_b = sum_{x in b} min_{y not in b} |x - y|^2.
    """
    blobs = np.unique(blob)
    W, G = [], []
    for b in blobs:
        inside, outside = X[blob == b], X[blob != b]
        W.append(_sq_dists(inside, inside).sum(axis=0).max())
        G.append(_sq_dists(inside, outside).min(axis=1).sum() if len(outside) else np.inf)
    W, G = np.sort(W)[::-1], np.sort(G)
    k = len(blobs)
    return float(sum(W[:t].sum() / G[:k - t].sum() for t in range(1, k)))


def separated_blobs(rng: np.random.Generator, k: int, d: int) -> tuple[np.ndarray, np.ndarray]:
    """Points in k tight blobs far apart (and the blob of each point), shuffled."""
    while True:
        centres = np.round(rng.uniform(-10, 10, size=(k, d)), 2)
        if k == 1 or np.sqrt(_sq_dists(centres, centres)[~np.eye(k, dtype=bool)]).min() >= 4:
            break
    sizes = rng.integers(3, 11, size=k)
    blob = np.repeat(np.arange(k), sizes)
    sigma = 1e-5
    while True:
        X = np.round(centres[blob] + rng.normal(scale=sigma, size=(len(blob), d)), 9)
        if _seeding_failure_bound(X, blob) <= FAIL_BOUND:
            break
        sigma /= 3
    order = rng.permutation(len(blob))
    return X[order], blob[order]


def blob_case(name: str, X: np.ndarray, blob: np.ndarray, seed: int) -> Case:
    k = int(blob.max()) + 1
    truth = np.array([X[blob == b].mean(axis=0) for b in range(k)])
    best = min([wcss(X, truth, blob)] + [wcss(X, *kmeans(X, k, seed=s)) for s in range(REFERENCE_RUNS)])
    return case(name, "kmeans", (X, k), {"seed": seed}, check=kmeans_check(X, k, best_wcss=best, blob=blob))


def kmeans_case(name: str, X, k: int, seed: int, tol: float | None = None, **check_kwargs) -> Case:
    X = np.asarray(X, dtype=np.float64)
    kwargs = {"seed": seed} if tol is None else {"tol": tol, "seed": seed}
    return case(name, "kmeans", (X, k), kwargs, check=kmeans_check(X, k, 1e-4 if tol is None else tol,
                                                                    **check_kwargs))


KMEANS_DRIVER = '''
def _hotseat_kmeans_twice(X, k, seed):
    return kmeans(X, k, seed=seed), kmeans(X, k, seed=seed)
'''


def reproducible_case(name: str, X: np.ndarray, k: int, seed: int) -> Case:
    def check(got):
        problem = sequence_of(got, 2, "two runs")
        if problem:
            return problem
        first, second = [_result(run, X, k) for run in got]
        if first[2] or second[2]:
            return first[2] or second[2]
        if not (np.array_equal(first[0], second[0]) and np.array_equal(first[1], second[1])):
            return (f"two calls with seed={seed} returned different results (labels {first[1][:8].tolist()}... vs "
                    f"{second[1][:8].tolist()}...)\nWhy: the result depends on something besides seed: two calls "
                    f"with seed={seed} differ")
        return None

    return Case(name, Call("_hotseat_kmeans_twice", (X, k, seed)), check,
                display=f"kmeans(X, {k}, seed={seed}) twice, with X = <float64 array of shape {X.shape}>")


def kmeans_examples() -> list[Case]:
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [10.0, 10.0], [10.0, 11.0], [11.0, 10.0]])
    blob = np.array([0, 0, 0, 1, 1, 1])
    return [
        blob_case("two separated groups", X, blob, seed=0),
        kmeans_case("k=1: the centroid is the mean", [[1.0, 2.0], [3.0, 4.0], [5.0, 0.0]], 1, seed=0,
                    exact=(np.array([[3.0, 2.0]]), np.array([0, 0, 0]))),
        kmeans_case("duplicate points, more clusters than distinct points: no NaN",
                    [[1.0, 1.0], [1.0, 1.0], [5.0, 5.0], [5.0, 5.0]], 3, seed=0, zero_wcss=True),
    ]


def kmeans_hidden(rng: np.random.Generator) -> list[Case]:
    def seed() -> int:
        return int(rng.integers(2**31))

    dup_points = np.round(rng.normal(scale=3, size=(3, 2)), 2)
    duplicates = dup_points[rng.permutation(np.repeat(np.arange(3), [4, 3, 5]))]
    distinct = np.round(rng.normal(size=(7, 3)), 3)
    cases = [
        kmeans_case("k=1: the centroid is the mean of all points", distinct, 1, seed=seed(),
                    exact=(distinct.mean(axis=0, keepdims=True), np.zeros(7, dtype=np.int64))),
        kmeans_case("k == n: every point is its own centroid", distinct, 7, seed=seed(), zero_wcss=True),
        kmeans_case("k == n - 1", distinct[:6], 5, seed=seed(), tol=1e-12),
        kmeans_case("three distinct points repeated, k=3", duplicates, 3, seed=seed(), zero_wcss=True),
        kmeans_case("three distinct points repeated, k=5: two clusters stay empty", duplicates, 5, seed=seed(),
                    zero_wcss=True),
        kmeans_case("every point identical, k=2", np.full((5, 2), 1.5), 2, seed=seed(), zero_wcss=True),
        kmeans_case("one far outlier", np.vstack([np.round(rng.normal(size=(8, 2)), 3), [[50.0, -40.0]]]), 2,
                    seed=seed(), tol=1e-12),
        reproducible_case("the same seed gives the same result", np.round(rng.uniform(size=(40, 2)), 4), 8,
                          seed=seed()),
    ]
    for k, d in ((2, 1), (3, 2), (4, 2), (5, 3), (4, 4), (6, 2)):
        X, blob = separated_blobs(rng, k, d)
        cases.append(blob_case(f"{k} well separated blobs in {d}-d ({len(X)} points)", X, blob, seed=seed()))
    return cases


# ---------------------------------------------------------------------------------------------
# knn_predict


def knn_variant(X_train, y_train, X_test, k, *, metric="euclidean", tie="nearest", k_shift=0) -> np.ndarray:
    if metric == "euclidean":
        dist = _sq_dists(X_test, X_train)
    else:
        dist = np.abs(X_test[:, None, :] - X_train[None, :, :]).sum(axis=-1)
    nearest = np.argsort(dist, axis=1, kind="stable")[:, :max(1, k + k_shift)]
    preds = []
    for i, row in enumerate(nearest):
        votes = y_train[row]
        labels, counts = np.unique(votes, return_counts=True)
        tied = labels[counts == counts.max()]
        if tie == "nearest":
            preds.append(next(v for v in votes if v in set(tied.tolist())))
        elif tie == "smallest":
            preds.append(tied.min())
        elif tie == "largest":
            preds.append(tied.max())
        else:  # "sum": the tied label whose members are closest in total
            d = np.sqrt(dist[i, row])
            preds.append(min(tied, key=lambda t: d[votes == t].sum()))
    return np.array(preds, dtype=y_train.dtype)


KNN_MISTAKES = (
    (dict(tie="smallest"), "a tied vote went to the smallest of the tied labels, not to the tie rule's pick"),
    (dict(tie="largest"), "a tied vote went to the largest of the tied labels, not to the tie rule's pick"),
    (dict(tie="sum"), "a tied vote went to the tied label with the smallest total distance, not to the tie "
                      "rule's pick"),
    (dict(metric="manhattan"), "the neighbours were ranked by Manhattan (L1) distance; use Euclidean distance"),
    (dict(metric="manhattan", tie="smallest"), "the neighbours were ranked by Manhattan (L1) distance; use "
                                               "Euclidean distance"),
    (dict(k_shift=1), "k+1 neighbours voted (off by one); exactly the k nearest vote"),
    (dict(k_shift=-1), "k-1 neighbours voted (off by one); exactly the k nearest vote"),
)


def knn_check(X_train, y_train, X_test, k):
    want = knn_predict(X_train, y_train, X_test, k)

    def check(got):
        problem = array_mismatch(got, want, name="predictions")
        arr, _ = as_array(got)
        if problem is None or arr is None or arr.shape != want.shape:
            return problem
        named = [why for flags, why in KNN_MISTAKES
                 if np.array_equal(arr, alt := knn_variant(X_train, y_train, X_test, k, **flags))
                 and not np.array_equal(alt, want)]
        return explain(problem, "\n  or: ".join(dict.fromkeys(named)) or None)

    return check


def unambiguous_neighbours(X_train, y_train, X_test, k) -> bool:
    """No distance tie between differently labelled points decides who votes or who wins a tie."""
    dist = np.sqrt(_sq_dists(X_test, X_train))
    for row in dist:
        order = np.argsort(row, kind="stable")[:k + 1]
        d, y = row[order], y_train[order]
        close = np.abs(d[:, None] - d[None, :]) <= 1e-9 * (1 + d.max())
        if np.any(close & (y[:, None] != y[None, :])):
            return False
    return True


def knn_case(name: str, X_train, y_train, X_test, k: int | None = None) -> Case:
    X_train, X_test = np.asarray(X_train, dtype=np.float64), np.asarray(X_test, dtype=np.float64)
    y_train = np.asarray(y_train, dtype=np.int64)
    kk = 5 if k is None else k
    assert unambiguous_neighbours(X_train, y_train, X_test, kk), name
    kwargs = {} if k is None else {"k": k}
    return case(name, "knn_predict", (X_train, y_train, X_test), kwargs,
                check=knn_check(X_train, y_train, X_test, kk))


def knn_examples() -> list[Case]:
    X_train = np.array([[0.0], [1.0], [2.0], [10.0], [11.0], [12.0]])
    y_train = np.array([0, 0, 0, 1, 1, 1])
    return [
        knn_case("two groups on a line", X_train, y_train, np.array([[1.5], [10.5], [5.9]]), k=3),
        knn_case("k=1 is the nearest neighbour", X_train, y_train, np.array([[5.9], [6.1]]), k=1),
        knn_case("a tied vote goes to the label whose member is closest",
                 np.array([[0.0], [1.0]]), np.array([1, 0]), np.array([[0.7], [0.2]]), k=2),
    ]


def classes(rng: np.random.Generator, n: int, d: int, labels: np.ndarray, spread: float):
    """n points around one random centre per label (overlapping when `spread` is small)."""
    centres = rng.normal(scale=spread, size=(len(labels), d))
    which = rng.integers(len(labels), size=n)
    return np.round(centres[which] + rng.normal(size=(n, d)), 4), labels[which]


def knn_hidden(rng: np.random.Generator) -> list[Case]:
    tie_train = np.array([[1.0, 0.0], [0.0, 1.1], [-1.2, 0.0], [0.0, -5.0], [6.0, 0.0], [9.0, 9.0]])
    cases = [
        knn_case("a 1-1 tie goes to the closer label, not the smaller one",
                 np.array([[0.0], [1.0], [5.0]]), np.array([7, 2, 2]), np.array([[0.1], [0.6]]), k=2),
        knn_case("a 2-2 tie: the nearest member decides, not the total distance",
                 tie_train, np.array([2, 1, 1, 2, 0, 0]), np.array([[0.0, 0.0]]), k=5),
        knn_case("three labels, one vote each: the nearest neighbour wins",
                 np.array([[3.0], [1.0], [2.0], [9.0]]), np.array([0, 2, 1, 1]), np.array([[0.0]]), k=3),
        knn_case("Euclidean, not Manhattan", np.array([[3.0, 0.0], [2.0, 2.0], [-4.0, 0.5]]), np.array([0, 1, 0]),
                 np.array([[0.0, 0.0]]), k=1),
        knn_case("Euclidean, not Manhattan (majority changes)",
                 np.array([[3.0, 0.0], [0.0, -3.05], [2.0, 2.0], [-2.1, 2.0], [-2.0, -2.2], [8.0, 8.0]]),
                 np.array([0, 0, 1, 1, 1, 0]), np.array([[0.0, 0.0]]), k=3),
        knn_case("k equals the number of training points: the overall majority",
                 np.array([[0.0], [1.0], [2.0], [3.0], [4.0]]), np.array([1, 0, 1, 0, 1]),
                 np.array([[0.3], [3.7]]), k=5),
        knn_case("the default k is 5", np.array([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0], [6.0]]),
                 np.array([0, 0, 1, 1, 1, 0, 0]), np.array([[0.1]])),
        knn_case("a test point equal to a training point, k=1", np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 1.0]]),
                 np.array([4, 9, 4]), np.array([[2.0, 2.0]]), k=1),
    ]
    for i in range(10):
        d = int(rng.integers(1, 5))
        n = int(rng.integers(6, 41))
        labels = np.sort(rng.choice(np.array([0, 1, 2, 3, 5, 8, 13]), size=int(rng.integers(2, 5)), replace=False))
        X_train, y_train = classes(rng, n, d, labels, spread=float(rng.choice([0.5, 1.5, 3.0])))
        X_test = np.round(rng.normal(scale=2.0, size=(int(rng.integers(1, 16)), d)), 4)
        k = int(rng.choice([1, 2, 3, 4, 5, 6, 7, n]))
        k = min(k, n)
        if not unambiguous_neighbours(X_train, y_train, X_test, k):
            continue
        cases.append(knn_case(f"random: {n} training points in {d}-d, {len(labels)} labels, k={k}",
                              X_train, y_train, X_test, k=k))
    return cases


EXERCISES = [
    Exercise(
        id="kmeans",
        title="k-means with k-means++ seeding",
        summary="kmeans(X, k, max_iter, tol, seed): Lloyd's algorithm seeded by k-means++, no NaN on empty clusters",
        category="classical algorithms",
        difficulty="medium",
        defines=("kmeans",),
        params=("X", "k", "max_iter", "tol", "seed"),
        examples=kmeans_examples,
        hidden=kmeans_hidden,
        solution="clustering",
        driver=KMEANS_DRIVER,
    ),
    Exercise(
        id="knn_predict",
        title="k-nearest-neighbour classifier",
        summary="knn_predict(X_train, y_train, X_test, k=5): Euclidean k-NN majority vote, ties to the closest label",
        category="classical algorithms",
        difficulty="easy",
        defines=("knn_predict",),
        params=("X_train", "y_train", "X_test", "k"),
        examples=knn_examples,
        hidden=knn_hidden,
        solution="clustering",
    ),
]
